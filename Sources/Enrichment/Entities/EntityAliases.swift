import ArabicText

/// Editors' corrections to the entity model, which win over everything the extractor decides: written forms
/// merged into one entity under a chosen name (merge, rename), a forced type (retype), and names that are never
/// entities (ban). Names are compared on matching keys, both as written and after cleaning.
public struct EntityAliases: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// The display name of the entity; also matches mentions written this way.
        public var name: String
        /// When set, mentions of this entity take this type whatever the tagger said.
        public var type: EntityType?
        /// Other written forms that are this entity.
        public var aliases: [String]

        public init(name: String, type: EntityType? = nil, aliases: [String] = []) {
            self.name = name
            self.type = type
            self.aliases = aliases
        }
    }

    public struct Ban: Sendable, Hashable {
        public var name: String
        /// When set, the name is banned only as this type.
        public var type: EntityType?

        public init(name: String, type: EntityType? = nil) {
            self.name = name
            self.type = type
        }
    }

    public enum Resolution: Sendable, Hashable {
        case banned
        case entry(Entry)
    }

    public private(set) var entries: [Entry]
    public private(set) var bans: [Ban]
    private var entryByKey: [ByteKey: Int] = [:]
    private var banTypesByKey: [ByteKey: [EntityType?]] = [:]

    public static let none = EntityAliases(entries: [], bans: [])

    /// When two entries claim one written form, the first one keeps it (the loader reports the clash).
    public init(entries: [Entry], bans: [Ban]) {
        self.entries = entries
        self.bans = bans
        for (index, entry) in entries.enumerated() {
            for written in [entry.name] + entry.aliases where entryByKey[ByteKey(MatchingKey.of(written))] == nil {
                entryByKey[ByteKey(MatchingKey.of(written))] = index
            }
        }
        for ban in bans {
            banTypesByKey[ByteKey(MatchingKey.of(ban.name)), default: []].append(ban.type)
        }
    }

    public var isEmpty: Bool { entries.isEmpty && bans.isEmpty }

    /// What the file says about a name written `written` and tagged `type`, or nil when it says nothing.
    public func resolve(_ written: String, as type: EntityType) -> Resolution? {
        let key = ByteKey(MatchingKey.of(written))
        if let types = banTypesByKey[key], types.contains(where: { $0 == nil || $0 == type }) { return .banned }
        return entryByKey[key].map { .entry(entries[$0]) }
    }

    /// True when some entry lists this name, so clitic stripping may trust it like a gazetteer name.
    public func knows(_ written: String) -> Bool {
        entryByKey[ByteKey(MatchingKey.of(written))] != nil
    }
}
