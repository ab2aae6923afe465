import ArabicText

/// Recognizes a line that states the article's date: ISO (`2025-10-06`) or Arabic
/// (`الإثنين 6 أكتوبر 2025`, `٦ تشرين الأول ٢٠٢٥`, `6 أكتوبر/تشرين الأول 2025م`).
///
/// Only a line that is mostly the date counts, so a sentence that mentions a date is not
/// taken for the article's own.
enum DateLineParser {
    /// Words allowed on the line besides the date and its day name, such as a place or `نشر في`.
    static let maximumOtherWords = 3

    static func date(in line: String) -> CalendarDay? {
        // Most lines have no digit at all, and keying a paragraph costs more than looking for one.
        guard line.unicodeScalars.contains(where: becomesASCIIDigit) else { return nil }
        var key = MatchingKey.of(line)
        // Lines of running text are dismissed before the costly steps: every date has a day and a year in
        // ASCII digits once keyed, and a line with too many words that belong to no date is not a date line.
        guard key.utf8.contains(where: { (0x30...0x39).contains($0) }), !hasTooManyOtherWords(key) else { return nil }
        // The time of an ISO date-time (`t09:30:00+03:00` once keyed) is part of the date, not other words.
        if mayHoldTime(key) {
            key.replace(/t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?/, with: " ")
        }
        let words = key.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for start in words.indices {
            guard let (date, length) = isoDate(at: start, in: words) ?? arabicDate(at: start, in: words) else { continue }
            let others = words.count - length
                - words.count { ArabicMonthNames.companions.contains($0) }
            return others <= maximumOtherWords ? date : nil
        }
        return nil
    }

    /// The digits that are ASCII digits once keyed: ASCII, Arabic-Indic and Extended Arabic-Indic.
    private static func becomesASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0x0660...0x0669).contains(scalar.value) || (0x06F0...0x06F9).contains(scalar.value)
    }

    /// Month names and companion words: the only words without digits that a date line's date may use.
    private static let dateWords: Set<String> = ArabicMonthNames.companions
        .union(ArabicMonthNames.single.keys)
        .union(ArabicMonthNames.double.flatMap { [$0.key] + $0.value.keys })

    /// More than `maximumOtherWords` space-separated pieces without a digit that hold a word no date
    /// uses. Each such piece holds at least one of the line's other words, so the line cannot qualify.
    private static func hasTooManyOtherWords(_ key: String) -> Bool {
        var others = 0
        // A piece with a digit of any script may hold the date, or the time that is cut out before counting.
        for piece in key.unicodeScalars.split(separator: " ") where !piece.contains(where: { $0.properties.numericType != nil }) {
            guard Substring(piece).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .contains(where: { !dateWords.contains(String($0)) }) else { continue }
            others += 1
            if others > maximumOtherWords { return true }
        }
        return false
    }

    /// Whether the expression for a time can match: a `t` before a digit, and a colon.
    private static func mayHoldTime(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        return bytes.contains(UInt8(ascii: ":")) && zip(bytes, bytes.dropFirst()).contains { pair in
            pair.0 == UInt8(ascii: "t") && ((0x30...0x39).contains(pair.1) || pair.1 >= 0x80)
        }
    }

    /// `2025-10-06` splits into three numbers: year, month, day.
    private static func isoDate(at start: Int, in words: [String]) -> (CalendarDay, Int)? {
        guard start + 2 < words.count, words[start].count == 4, words[start + 2].count == 2,
              let year = Int(words[start]), let month = Int(words[start + 1]), let day = Int(words[start + 2]),
              case let date = CalendarDay(year: year, month: month, day: day), date.isValid else { return nil }
        return (date, 3)
    }

    /// Day, one or more names of the same month, year.
    private static func arabicDate(at start: Int, in words: [String]) -> (CalendarDay, Int)? {
        guard words[start].count <= 2, let day = Int(words[start]),
              let (month, firstLength) = ArabicMonthNames.month(startingAt: start + 1, in: words) else { return nil }
        var index = start + 1 + firstLength
        while let (sameMonth, length) = ArabicMonthNames.month(startingAt: index, in: words), sameMonth == month {
            index += length
        }
        // `2025م`: the year may carry م (ميلادي) without a space.
        let yearText = index < words.count ? words[index].replacing(/^(\d{4})م$/) { $0.output.1 } : ""
        guard yearText.count == 4, let year = Int(yearText),
              case let date = CalendarDay(year: year, month: month, day: day), date.isValid else { return nil }
        return (date, index + 1 - start)
    }
}
