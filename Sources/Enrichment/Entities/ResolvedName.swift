import ArabicText

/// One mention after the normalizer: its identity and what the extractor needs to merge it further.
struct ResolvedName: Sendable, Hashable {
    var identity: EntityIdentity
    /// Matching keys of the name's words, for linking a short form to a full name.
    var wordKeys: [String]
    /// The alias file decided this identity: no later rule (type vote, short-form linking) may change it.
    var isFixedByAliases: Bool
    /// The model's confidence in the mention (`EntityMention.confidence`).
    var confidence: Float = .infinity

    init(identity: EntityIdentity, wordKeys: [String], isFixedByAliases: Bool) {
        self.identity = identity
        self.wordKeys = wordKeys
        self.isFixedByAliases = isFixedByAliases
    }

    /// The alias file's verdict on a mention tagged `type`; nil when it bans the name.
    init?(_ resolution: EntityAliases.Resolution, type: EntityType) {
        guard case .entry(let entry) = resolution else { return nil }
        let key = MatchingKey.of(entry.name)
        self.init(
            identity: EntityIdentity(type: entry.type ?? type, key: key, name: entry.name),
            wordKeys: entry.name.split(whereSeparator: \.isWhitespace).map { MatchingKey.of($0) },
            isFixedByAliases: true
        )
    }
}
