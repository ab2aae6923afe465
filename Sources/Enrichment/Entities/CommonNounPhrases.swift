import ArabicText

/// Phrases in which a place's name is a common noun: the knee's ligament of sports news (`الرباط الصليبي`, not
/// Rabat) and a circle's radius (`نصف قطر`, not Qatar). The place's word there gets no tag, whatever the tagger or
/// the gazetteer made of it.
enum CommonNounPhrases {
    /// The place's word, and the words after or before it that make it a common noun (as matching keys, which
    /// fold `الصليبى` into `الصليبي`).
    private static let followed: [ByteKey: KeySet] = [
        ByteKey(MatchingKey.of("الرباط")): KeySet(["الصليبي", "الصليبية"].map { MatchingKey.of($0) }),
    ]
    private static let preceded: [ByteKey: KeySet] = [
        ByteKey(MatchingKey.of("قطر")): KeySet(["نصف", "بنصف"].map { MatchingKey.of($0) }),
    ]

    static func clearing(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        for index in keys.indices where tags[index] != "O" {
            let phrase: ClosedRange<Int>
            if index + 1 < keys.count, followed[ByteKey(keys[index])]?.contains(keys[index + 1]) == true {
                phrase = index...(index + 1)
            } else if index > 0, preceded[ByteKey(keys[index])]?.contains(keys[index - 1]) == true {
                phrase = (index - 1)...index
            } else {
                continue
            }
            for position in phrase { tags[position] = "O" }
            // A span the phrase opened goes on without it.
            SpanTags.restart(&tags, at: phrase.upperBound + 1)
        }
        return tags
    }
}
