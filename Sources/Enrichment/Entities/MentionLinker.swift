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
        var key: String
    }

    private static let article = "ال"

    static func linking(_ names: [ResolvedName]) -> [ResolvedName] {
        var identities: [Slot: Identity] = [:]
        for (order, name) in names.enumerated() {
            let slot = Slot(type: name.identity.type, key: name.identity.key)
            identities[slot, default: Identity(name: name, mentions: 0, order: order)].mentions += 1
        }
        var targets: [Slot: Slot] = [:]
        for (slot, identity) in identities where !identity.name.isFixedByAliases {
            let candidates = identities.filter { $0.key != slot && fits(identity, into: $0.value) }
            let best = candidates.max { lhs, rhs in
                lhs.value.mentions != rhs.value.mentions
                    ? lhs.value.mentions < rhs.value.mentions : lhs.value.order > rhs.value.order
            }
            if let best { targets[slot] = best.key }
        }
        return names.map { name in
            var slot = Slot(type: name.identity.type, key: name.identity.key)
            var visited: Set<Slot> = [slot]
            while let next = targets[slot], visited.insert(next).inserted { slot = next }
            guard let target = identities[slot], slot.key != name.identity.key else { return name }
            var linked = name
            linked.identity = target.name.identity
            linked.wordKeys = target.name.wordKeys
            return linked
        }
    }

    private static func fits(_ short: Identity, into full: Identity) -> Bool {
        guard short.name.identity.type == full.name.identity.type else { return false }
        let shortKey = short.name.identity.key
        let fullKey = full.name.identity.key
        if shortKey == article + fullKey || article + shortKey == fullKey {
            // Toward the more frequent spelling only, so two variants never point at each other.
            return full.mentions > short.mentions || (full.mentions == short.mentions && full.order < short.order)
        }
        let type = short.name.identity.type
        let words = short.name.wordKeys
        guard type != .place, full.name.wordKeys.count > words.count else { return false }
        return full.name.wordKeys.suffix(words.count).elementsEqual(words)
            || (type == .person && words.count == 1 && full.name.wordKeys.first == words.first)
    }
}
