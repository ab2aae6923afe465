import ArabicText

/// A ruler's or pope's ordinal belongs to the name (`نابليون الأول`, `لويس الرابع عشر`), and so does the epithet
/// that tells a father from his son or namesake (`جورج بوش الأب`, `الإسكندر الأكبر`); the tagger ends the name
/// before them: a person's span followed by one takes it in.
enum RegnalNumbers {
    private static let ordinalsAndEpithets = KeySet("""
        الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي الأب الابن الأكبر الأصغر
        """.split(separator: " ").map { MatchingKey.of($0) })
    /// The second word of the ordinals eleven to nineteen (`الرابع عشر`).
    private static let teen = MatchingKey.of("عشر")

    /// Whether a person's name ends with an ordinal or epithet, which the rules that trim names leave alone.
    static func endsName(_ keys: [String]) -> Bool {
        guard keys.count > 1, let last = keys.last else { return false }
        return ordinalsAndEpithets.contains(last) || (last == teen && keys.count > 2 && ordinalsAndEpithets.contains(keys[keys.count - 2]))
    }

    static func extending(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        var index = 1
        while index < tags.count {
            defer { index += 1 }
            guard tags[index] == "O", tags[index - 1].hasSuffix("-PERS"), ordinalsAndEpithets.contains(keys[index]) else { continue }
            tags[index] = "I-PERS"
            if index + 1 < tags.count, tags[index + 1] == "O", keys[index + 1] == teen {
                index += 1
                tags[index] = "I-PERS"
            }
        }
        return tags
    }
}
