import ArabicText

/// Month names as Arabic news writes them, by matching key: the names borrowed from the
/// Latin months (Egypt and the Gulf: `أكتوبر`; the Maghreb: `أكتوبر`, `جانفي`, `شتنبر`, …) and the
/// Syriac names of the Levant and Iraq (`تشرين الأول`). Papers often write both (`أكتوبر/تشرين الأول`).
enum ArabicMonthNames {
    /// One-word names.
    static let single: [String: Int] = keyed([
        1: ["يناير", "جانفي"],
        2: ["فبراير", "فيفري", "شباط"],
        3: ["مارس", "آذار"],
        4: ["أبريل", "إبريل", "أفريل", "نيسان"],
        5: ["مايو", "ماي", "أيار"],
        6: ["يونيو", "يونيه", "جوان", "حزيران"],
        7: ["يوليو", "يوليه", "جويلية", "يوليوز", "تموز"],
        8: ["أغسطس", "أوت", "غشت", "آب"],
        9: ["سبتمبر", "شتنبر", "أيلول"],
        10: ["أكتوبر"],
        11: ["نوفمبر", "نونبر"],
        12: ["ديسمبر", "دجنبر"],
    ])

    /// Two-word names, keyed by their first word's key and then the second's.
    static let double: [String: [String: Int]] = [
        MatchingKey.of("تشرين"): [MatchingKey.of("الأول"): 10, MatchingKey.of("الثاني"): 11],
        MatchingKey.of("كانون"): [MatchingKey.of("الأول"): 12, MatchingKey.of("الثاني"): 1],
    ]

    /// Day names and words that may stand on a date line beside the date (`الإثنين`, `يوم`, `م` for ميلادي).
    static let companions: Set<String> = Set(
        ["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "يوم", "م", "الموافق"]
            .map(MatchingKey.of)
    )

    /// The month that `words` start with, and how many words its name takes.
    static func month(startingAt index: Int, in words: [String]) -> (month: Int, length: Int)? {
        guard index < words.count else { return nil }
        if let seconds = double[words[index]], index + 1 < words.count, let month = seconds[words[index + 1]] {
            return (month, 2)
        }
        return single[words[index]].map { ($0, 1) }
    }

    private static func keyed(_ names: [Int: [String]]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (month, spellings) in names {
            for spelling in spellings { table[MatchingKey.of(spelling)] = month }
        }
        return table
    }
}
