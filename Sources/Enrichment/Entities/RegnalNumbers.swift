import ArabicText

/// A ruler's or pope's ordinal belongs to the name (`نابليون الأول`, `لويس الرابع عشر`), which the tagger ends
/// before it: a person's span followed by an ordinal takes it in.
enum RegnalNumbers {
    private static let ordinals = KeySet("""
        الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي
        """.split(separator: " ").map { MatchingKey.of($0) })
    /// The second word of the ordinals eleven to nineteen (`الرابع عشر`).
    private static let teen = MatchingKey.of("عشر")

    static func extending(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        var index = 1
        while index < tags.count {
            defer { index += 1 }
            guard tags[index] == "O", tags[index - 1].hasSuffix("-PERS"), ordinals.contains(keys[index]) else { continue }
            tags[index] = "I-PERS"
            if index + 1 < tags.count, tags[index + 1] == "O", keys[index + 1] == teen {
                index += 1
                tags[index] = "I-PERS"
            }
        }
        return tags
    }
}
