/// The tabular Islamic calendar (civil epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each
/// 30-year cycle), the arithmetic calendar of Calendrical Calculations and of ICU's `islamic-civil`.
///
/// Newsrooms date by the Umm al-Qura calendar or by sighting the moon; both fall on the tabular date or a day
/// beside it, which is close enough for a briefing and needs neither tables nor Foundation.
enum HijriCalendar {
    /// 1 Muharram 1 AH (16 July 622, Julian) in days since 1970-01-01.
    private static let epoch = -492_148

    /// The Gregorian day of `day` `month` `year` AH, nil for a month or day that does not exist. A 30th day
    /// where the table has 29 is the day after the 29th: a month seen by the moon may be longer than the table's.
    static func gregorianDay(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard (1...12).contains(month), (1...30).contains(day) else { return nil }
        return CalendarDay(daysSinceEpoch: daysSinceEpoch(year: year, month: month, day: day))
    }

    /// The Hijri year, month and day of a Gregorian day.
    static func hijriDate(of gregorian: CalendarDay) -> (year: Int, month: Int, day: Int) {
        let days = gregorian.daysSinceEpoch
        let year = floorDivide(30 * (days - epoch) + 10_646, 10_631)
        let priorDays = days - daysSinceEpoch(year: year, month: 1, day: 1)
        let month = floorDivide(11 * priorDays + 330, 325)
        return (year, month, days - daysSinceEpoch(year: year, month: month, day: 1) + 1)
    }

    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        epoch + (year - 1) * 354 + floorDivide(3 + 11 * year, 30) + (59 * (month - 1) + 1) / 2 + day - 1
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        (value - floorModulo(value, divisor)) / divisor
    }

    private static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
        ((value % divisor) + divisor) % divisor
    }
}
