import ArabicText

/// Month and day names as Arabic news writes them, by matching key: the names borrowed from the Latin months
/// (Egypt and the Gulf: `أكتوبر`; the Maghreb: `جانفي`, `شتنبر`, …), the Syriac names of the Levant and Iraq
/// (`تشرين الأول`; papers often write both, `أكتوبر/تشرين الأول`) and the Hijri months (`جمادى الآخرة`).
enum ArabicMonthNames {
    struct Month: Sendable, Hashable {
        var calendar: DateLine.Calendar
        var number: Int
    }

    /// One-word names.
    static let single: [String: Month] = keyed(.gregorian, [
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
    ]).merging(keyed(.hijri, [
        1: ["محرم", "المحرم"],
        2: ["صفر"],
        7: ["رجب"],
        8: ["شعبان"],
        9: ["رمضان"],
        10: ["شوال"],
    ])) { gregorian, _ in gregorian }

    /// Two-word names, keyed by their first word's key and then the second's.
    static let double: [String: [String: Month]] = [
        MatchingKey.of("تشرين"): keyed(.gregorian, [10: ["الأول"], 11: ["الثاني"]]),
        MatchingKey.of("كانون"): keyed(.gregorian, [12: ["الأول"], 1: ["الثاني"]]),
        MatchingKey.of("ربيع"): keyed(.hijri, [3: ["الأول"], 4: ["الآخر", "الثاني"]]),
        MatchingKey.of("جمادى"): keyed(.hijri, [5: ["الأولى", "الأول"], 6: ["الآخرة", "الثانية", "الآخر", "الثاني"]]),
        MatchingKey.of("ذو"): keyed(.hijri, [11: ["القعدة"], 12: ["الحجة"]]),
        MatchingKey.of("ذي"): keyed(.hijri, [11: ["القعدة"], 12: ["الحجة"]]),
    ]

    /// Day names, and `يوم` that may come before them.
    static let weekdays: Set<String> = Set(
        ["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "يوم"].map(MatchingKey.of)
    )

    /// The month that `words` start with at `index`, and how many words its name takes.
    static func month(startingAt index: Int, in words: [String?]) -> (month: Month, length: Int)? {
        guard index < words.count, let first = words[index] else { return nil }
        if let seconds = double[first], index + 1 < words.count, let second = words[index + 1], let month = seconds[second] {
            return (month, 2)
        }
        return single[first].map { ($0, 1) }
    }

    private static func keyed(_ calendar: DateLine.Calendar, _ names: [Int: [String]]) -> [String: Month] {
        var table: [String: Month] = [:]
        for (number, spellings) in names {
            for spelling in spellings { table[MatchingKey.of(spelling)] = Month(calendar: calendar, number: number) }
        }
        return table
    }
}
