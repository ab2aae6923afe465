import ArabicText

/// Turns one written name into the identity the whole site merges by: the same rules as extracted entities
/// (clitics, titles, generic heads, places known to the gazetteer) and then the alias file, which wins.
public struct EntityNormalizer: Sendable {
    public let aliases: EntityAliases
    let words: WordKnowledge
    let rules: EntityRules

    public init(aliases: EntityAliases = .none) {
        self.init(aliases: aliases, words: .none, rules: .current)
    }

    init(aliases: EntityAliases, words: WordKnowledge, rules: EntityRules) {
        self.aliases = aliases
        var words = words
        words.readsArticleAlternation = rules.contains(.articleAlternation)
        words.readsPlaceSpellings = rules.contains(.placeSpellings)
        self.words = words
        self.rules = rules
    }

    /// The identity of a name as an editor wrote it in front matter; nil when the name is banned or nothing
    /// nameworthy is left (`الرئيس الأمريكي`).
    public func identify(_ written: String, as type: EntityType) -> EntityIdentity? {
        let words = Tokenizer().tokens(in: written).map(\.text)
        return resolve(words: words, as: type, isAttested: { _ in false })?.identity
    }

    /// A word is known when the gazetteer (also in another spelling), the alias file or the model's name lists
    /// (`WordKnowledge`) know it, or it is a title or head (`لحركة`, `وبلاد`).
    func isKnownName(_ standalone: String) -> Bool {
        let key = MatchingKey.of(standalone)
        return Gazetteer.place(forKey: key) != nil || words.placeSpelled(likeKey: key) != nil || aliases.knows(standalone)
            || EntityVocabulary.isTrigger(key) || PlaceSpans.isHead(key)
            || (rules.contains(.cliticsByModel) && !standalone.containsSpace && words.isListedName(Substring(standalone)))
    }

    /// The full resolution of one mention's words (slices of one text); `isAttested` tells which standalone
    /// forms the surrounding text shows, so a leading ب ل ك و ف may go (see `Clitics.split`).
    func resolve(words: [Substring], as type: EntityType, isAttested: (String) -> Bool) -> ResolvedName? {
        if let written = Self.joined(words), let resolution = aliases.resolve(written, as: type) {
            return ResolvedName(resolution, type: type)
        }
        guard let clean = CleanName(words: words, type: type, rules: rules, knowledge: self.words, isKnownName: isKnownName,
                                    isAttested: isAttested)
        else { return nil }
        if let resolution = aliases.resolve(clean.name, as: type) {
            return ResolvedName(resolution, type: type)
        }
        let isGazetteerPlace = rules.contains(.gazetteerType)
            && (Gazetteer.place(forKey: clean.key) != nil || self.words.placeSpelled(likeKey: clean.key) != nil)
        let knownType: EntityType = isGazetteerPlace ? .place
            : rules.contains(.knownOrganizations) && KnownOrganizations.keys.contains(clean.key) ? .organization : type
        return ResolvedName(
            identity: EntityIdentity(type: knownType, key: clean.key, name: clean.name),
            wordKeys: clean.wordKeys, isFixedByAliases: false
        )
    }

    private static func joined(_ words: [Substring]) -> String? {
        guard let first = words.first, let last = words.last else { return nil }
        return String(first.base[first.startIndex..<last.endIndex])
    }
}
