import ArabicText

/// Joins the names of one article that stand for the same entity although their keys differ:
/// - a short form joins a longer name of the same type that ends with its words, and a person's single first
///   name joins a longer name that starts with it (`ترامب`, `دونالد` → `دونالد ترامب`; places are left alone);
/// - a name with and without the article joins its more frequent spelling (`هيمالايا` → `الهيمالايا`).
/// Among several fitting names the most mentioned wins, then the first seen; chains are followed to their end.
/// Names the alias file decided never move.
enum MentionLinker {
    private struct Identity {
        var name: ResolvedName
        var mentions: Int
        var order: Int
    }

    private struct Slot: Hashable {
        var type: EntityType
        var key: ByteKey
    }

    private static let article = "ال"

    static func linking(_ names: [ResolvedName]) -> [ResolvedName] {
        var identities: [Slot: Identity] = [:]
        for (order, name) in names.enumerated() {
            let slot = Slot(type: name.identity.type, key: ByteKey(name.identity.key))
            identities[slot, default: Identity(name: name, mentions: 0, order: order)].mentions += 1
        }
        var targets: [Slot: Slot] = [:]
        for (slot, identity) in identities where !identity.name.isFixedByAliases {
            var best: (slot: Slot, identity: Identity)?
            for (candidate, full) in identities where candidate != slot && fits(identity, into: full) {
                let isBetter = best.map { current in
                    full.mentions != current.identity.mentions
                        ? full.mentions > current.identity.mentions : full.order < current.identity.order
                } ?? true
                if isBetter { best = (candidate, full) }
            }
            if let best { targets[slot] = best.slot }
        }
        return names.map { name in
            var slot = Slot(type: name.identity.type, key: ByteKey(name.identity.key))
            var visited: Set<Slot> = [slot]
            while let next = targets[slot], visited.insert(next).inserted { slot = next }
            guard let target = identities[slot], slot.key != ByteKey(name.identity.key) else { return name }
            var linked = name
            linked.identity = target.name.identity
            linked.wordKeys = target.name.wordKeys
            return linked
        }
    }

    private static func fits(_ short: Identity, into full: Identity) -> Bool {
        guard short.name.identity.type == full.name.identity.type else { return false }
        if isArticleVariant(short.name.identity.key, of: full.name.identity.key)
            || isArticleVariant(full.name.identity.key, of: short.name.identity.key) {
            // Toward the more frequent spelling only, so two variants never point at each other.
            return full.mentions > short.mentions || (full.mentions == short.mentions && full.order < short.order)
        }
        let type = short.name.identity.type
        let words = short.name.wordKeys
        guard type != .place, full.name.wordKeys.count > words.count else { return false }
        return full.name.wordKeys.suffix(words.count).elementsEqual(words)
            || (type == .person && words.count == 1 && full.name.wordKeys.first == words.first)
    }

    /// `key` is `other` with the article before it, compared on bytes without building the longer key.
    private static func isArticleVariant(_ key: String, of other: String) -> Bool {
        let bytes = key.utf8, otherBytes = other.utf8
        return bytes.count == otherBytes.count + article.utf8.count && bytes.starts(with: article.utf8)
            && bytes.dropFirst(article.utf8.count).elementsEqual(otherBytes)
    }
}
