import ArabicText
import Enrichment

/// The entity directory, split so that no page grows with the site: one tab per type, and within a type one
/// page per first letter (paginated), plus each type's most mentioned entities for the overview and the tabs.
struct EntityDirectory: Sendable {
    /// Entities listed on one page of a letter; a chip is about 200 bytes of HTML, so a page stays near 50 KB.
    static let entitiesPerPage = 200
    /// Most mentioned entities shown per type on the overview and on the type's tab.
    static let topLimit = 30

    struct Letter: Sendable {
        /// What the index shows: `ب`, `B`, or `#` for names that start with neither.
        var label: String
        /// Its URL segment under the type's folder.
        var slug: String
        /// Entity IDs, by name.
        var entityIDs: [Int]
    }

    struct Section: Sendable {
        var type: EntityType
        var count: Int
        var letters: [Letter]
        /// Most mentioned first, ties by ID.
        var top: [EntityCount]
    }

    /// One per type that has entities, in type order.
    var sections: [Section] = []

    init() {}

    init(entities: [Entity]) {
        sections = EntityType.allCases.compactMap { type in
            let ids = entities.indices.filter { entities[$0].type == type }
            guard !ids.isEmpty else { return nil }
            // The index letter and the order skip the article (`الأردن` under ا as أردن, beside `أديس أبابا`).
            let sortKeys = Dictionary(uniqueKeysWithValues: ids.map { ($0, ByteKey(Self.indexForm(of: entities[$0].key))) })
            let sorted = ids.sorted { (sortKeys[$0]!, ByteKey(entities[$0].name)) < (sortKeys[$1]!, ByteKey(entities[$1].name)) }
            var letters: [String: Letter] = [:]
            for id in sorted {
                let (label, slug) = Self.letter(of: sortKeys[id]!.text)
                letters[slug, default: Letter(label: label, slug: slug, entityIDs: [])].entityIDs.append(id)
            }
            let top = ids.map { EntityCount(entityID: $0, count: entities[$0].articleIDs.count) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.entityID < $1.entityID }
            return Section(type: type, count: ids.count, letters: letters.values.sorted { Self.letterOrder($0.label) < Self.letterOrder($1.label) }, top: Array(top.prefix(Self.topLimit)))
        }
    }

    /// The matching key without a leading article, when a word is left after it.
    private static func indexForm(of key: String) -> String {
        key.hasPrefix("ال") && key.unicodeScalars.count > 3 ? String(key.unicodeScalars.dropFirst(2)) : key
    }

    /// The index letter of a key (already folded: no hamza seats, no marks, lowercase) and its URL segment.
    private static func letter(of key: String) -> (label: String, slug: String) {
        guard let first = key.unicodeScalars.first else { return ("#", "0") }
        if Self.isArabicLetter(first) { return (String(first), String(first)) }
        if ("a"..."z").contains(first) { return (String(first).uppercased(), String(first)) }
        return ("#", "0")
    }

    /// ء to ي, without tatweel.
    private static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(scalar.value) && scalar.value != 0x0640
    }

    /// Arabic letters first, in alphabetical (code point) order, then Latin, then the rest.
    private static func letterOrder(_ label: String) -> (Int, ByteKey) {
        let first = label.unicodeScalars.first.map(Self.isArabicLetter) == true ? 0 : label == "#" ? 2 : 1
        return (first, ByteKey(label))
    }
}
