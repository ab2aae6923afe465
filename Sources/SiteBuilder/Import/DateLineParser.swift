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
        // The time of an ISO date-time (`t09:30:00+03:00` once keyed) is part of the date, not other words.
        let words = MatchingKey.of(line)
            .replacing(/t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?/, with: " ")
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for start in words.indices {
            guard let (date, length) = isoDate(at: start, in: words) ?? arabicDate(at: start, in: words) else { continue }
            let others = words.count - length
                - words.count { ArabicMonthNames.companions.contains($0) }
            return others <= maximumOtherWords ? date : nil
        }
        return nil
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
