import ArabicText

/// Places the tagger left out although the words make them plain, added only where its tags are `O`:
/// - a natural or built feature named after its head (`نهر السين`, `بحيرة طبريا`, `جبل القلعة`, `متحف اللوفر`):
///   the head and the name word after it, and a directional adjective after that (`بحر الصين الجنوبي`); a head
///   right before a place the tagger found joins it (`نهر` + `الأردن`);
/// - a one-word place of the gazetteer (`لندن`, `وبرشلونة`), unless the training text knows the word as a common
///   word (`صور`, `جدة`).
enum PlaceSpans {
    /// Heads that belong to the place's name, as matching keys (`قطاع`, `مدينة`, `دولة` are generic heads that
    /// names drop, `EntityVocabulary.genericHeads`).
    /// Definite heads are left out: `البحر`, `النهر` are far more often the sea or the river just mentioned.
    private static let heads = KeySet("""
        نهر جبل جبال بحر بحيرة جزر جزيرة خليج هضبة سهل وادي صحراء مضيق قناة محيط تلال هرم متحف كنيسة مسجد \
        المسجد مطار ميناء مرفأ قلعة قصر برج سد شلالات مغارة كهف
        """.split(separator: " ").map { MatchingKey.of($0) })

    /// Adjectives of direction and size that stay with a place's name (`الجنوبي`, `الأكبر`).
    private static let directions = KeySet("""
        الشمالي الشمالية الجنوبي الجنوبية الشرقي الشرقية الغربي الغربية الأوسط الوسطى الأعلى العليا الأدنى السفلى \
        الأكبر الكبرى الأصغر الصغرى
        """.split(separator: " ").map { MatchingKey.of($0) })

    static func filling(_ tags: [String], words: [Substring], keys: [String], rules: EntityRules,
                        knowledge: WordKnowledge) -> [String] {
        var tags = tags
        if rules.contains(.placeHeads) { addHeadedPlaces(&tags, words: words, keys: keys, knowledge: knowledge) }
        if rules.contains(.gazetteerWords) { addGazetteerWords(&tags, words: words, knowledge: knowledge) }
        return tags
    }

    private static func addHeadedPlaces(_ tags: inout [String], words: [Substring], keys: [String], knowledge: WordKnowledge) {
        var index = 0
        while index + 1 < words.count {
            guard tags[index] == "O", heads.contains(headKey(keys[index])) else {
                index += 1
                continue
            }
            let next = index + 1
            if tags[next].hasPrefix("B-") {
                // The tagger found the name after the head: the head opens the place.
                var end = next + 1
                while end < words.count, tags[end].hasPrefix("I-") { end += 1 }
                mark(&tags, index..<end)
                index = end
            } else if tags[next] == "O", isNameWord(words[next], key: keys[next], knowledge: knowledge) {
                var end = next + 1
                while end < words.count, tags[end] == "O", directions.contains(keys[end]) { end += 1 }
                mark(&tags, index..<end)
                index = end
            } else {
                index += 1
            }
        }
    }

    private static func addGazetteerWords(_ tags: inout [String], words: [Substring], knowledge: WordKnowledge) {
        for index in words.indices where tags[index] == "O" && words[index].allSatisfy(\.isLetter) {
            let standalone = Clitics.strip(String(words[index]), isKnownName: Gazetteer.contains)
            guard Gazetteer.contains(standalone), !standalone.contains(" "),
                  !knowledge.isCommonWord(Substring(standalone)), !knowledge.isCommonWord(words[index]) else { continue }
            tags[index] = "B-LOC"
        }
    }

    /// The key of a head, also behind و or ب (`وبحيرة`, `بنهر`).
    private static func headKey(_ key: String) -> String {
        guard let first = key.unicodeScalars.first, first == "\u{0648}" || first == "\u{0628}", !heads.contains(key) else { return key }
        return String(key.unicodeScalars.dropFirst())
    }

    /// A word that can be a place's name after its head: letters only, no adjective of origin, and either known
    /// as a name or unknown to the training text (which knows adjectives and common nouns: `نهر مقدس`).
    private static func isNameWord(_ word: Substring, key: String, knowledge: WordKnowledge) -> Bool {
        word.allSatisfy(\.isLetter) && key.count >= 2 && !EntityVocabulary.functionWords.contains(key)
            && !NisbaAdjective.isPlaceDerived(String(word)) && (knowledge.isName(word) || !knowledge.isKnownWord(word))
    }

    private static func mark(_ tags: inout [String], _ range: Range<Int>) {
        for position in range { tags[position] = (position == range.lowerBound ? "B-" : "I-") + "LOC" }
    }
}
