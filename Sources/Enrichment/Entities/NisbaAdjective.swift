import ArabicText

/// Adjectives of relation (nisba) such as `الإسرائيلي`, `المصرية`, `الفلسطينيين`: they qualify titles and
/// parties and must never be taken for the places they derive from.
enum NisbaAdjective {
    private static let suffixes = ["يتين", "يين", "يون", "يات", "ية", "يه", "ي"]   // keys: ة is folded to ه
    private static let article = "ال"

    /// A nisba derived from a gazetteer place (`الأمريكي` ← `أمريكا`, `السعودية` ← `السعودية`'s base),
    /// or one of the common non-place nisbas. Strong evidence: safe to drop wherever it stands.
    static func isPlaceDerived(_ word: String) -> Bool {
        let key = MatchingKey.of(word)
        if EntityVocabulary.otherNisbas.contains(key) { return true }
        guard let base = base(ofKey: key) else { return false }
        let candidates = [base, base + "ا", base + "يا", article + base, article + base + "يه", base + "يه"]
        return candidates.contains { Gazetteer.place(forKey: $0) != nil && $0 != key }
    }

    /// Shaped like a nisba: definite, ending in ي/ية/يين/يون/يات, on a base of three letters or more.
    /// Weak evidence: names such as `السيسي` or `الحية` have the same shape.
    static func hasNisbaShape(_ word: String) -> Bool {
        let key = MatchingKey.of(word)
        return key.hasPrefix(article) && base(ofKey: key) != nil
    }

    /// The key without article and nisba suffix, when what is left has at least three letters.
    private static func base(ofKey key: String) -> String? {
        let bare = key.hasPrefix(article) ? String(key.dropFirst(2)) : key
        // The bytes are compared first: `hasSuffix` compares character by character, which for every word and suffix
        // was most of the cost here, and these letters have no other encoding, so a key ending with one ends with its bytes.
        guard let suffix = suffixes.first(where: { bare.utf8.reversed().starts(with: $0.utf8.reversed()) && bare.hasSuffix($0) })
        else { return nil }
        let base = String(bare.dropLast(suffix.count))
        return base.count >= 3 ? base : nil
    }
}
