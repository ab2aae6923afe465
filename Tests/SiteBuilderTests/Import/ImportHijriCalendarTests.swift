import Foundation
import Testing
@testable import SiteBuilder

@Suite struct ImportHijriCalendarTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        var hijri: (year: Int, month: Int, day: Int)
        var gregorian: CalendarDay
        var testDescription: String { "\(hijri.day)/\(hijri.month)/\(hijri.year) AH" }
    }

    /// Days as the Umm al-Qura calendar dates them; the tabular calendar falls on them or a day beside them.
    @Test(arguments: [
        Pair(hijri: (1447, 9, 1), gregorian: CalendarDay(year: 2026, month: 2, day: 18)),
        Pair(hijri: (1447, 6, 15), gregorian: CalendarDay(year: 2025, month: 12, day: 6)),
        Pair(hijri: (1447, 1, 1), gregorian: CalendarDay(year: 2025, month: 6, day: 26)),
        Pair(hijri: (1446, 9, 1), gregorian: CalendarDay(year: 2025, month: 3, day: 1)),
        Pair(hijri: (1445, 9, 1), gregorian: CalendarDay(year: 2024, month: 3, day: 11)),
        Pair(hijri: (1400, 1, 1), gregorian: CalendarDay(year: 1979, month: 11, day: 20)),
    ])
    func fallsOnTheUmmAlQuraDayOrBesideIt(_ pair: Pair) throws {
        let day = try #require(HijriCalendar.gregorianDay(year: pair.hijri.year, month: pair.hijri.month, day: pair.hijri.day))
        #expect(abs(day.daysSinceEpoch - pair.gregorian.daysSinceEpoch) <= 1)
    }

    @Test func firstOfRamadan1447IsTheEighteenthOfFebruary2026() {
        #expect(HijriCalendar.gregorianDay(year: 1447, month: 9, day: 1) == CalendarDay(year: 2026, month: 2, day: 18))
    }

    /// The same arithmetic calendar as ICU's `islamic-civil`, for every day of 1440–1460 AH, both ways.
    @Test func isTheCivilCalendarOfFoundation() throws {
        var civil = Calendar(identifier: .islamicCivil)
        civil.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(HijriCalendar.gregorianDay(year: 1440, month: 1, day: 1)).daysSinceEpoch
        let last = try #require(HijriCalendar.gregorianDay(year: 1461, month: 1, day: 1)).daysSinceEpoch
        for days in first..<last {
            let parts = civil.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let hijri = HijriCalendar.hijriDate(of: CalendarDay(daysSinceEpoch: days))
            #expect([hijri.year, hijri.month, hijri.day] == [parts.year, parts.month, parts.day])
            #expect(HijriCalendar.gregorianDay(year: hijri.year, month: hijri.month, day: hijri.day)?.daysSinceEpoch == days)
        }
    }

    @Test func noMonthThirteenNorDayThirtyOne() {
        #expect(HijriCalendar.gregorianDay(year: 1447, month: 13, day: 1) == nil)
        #expect(HijriCalendar.gregorianDay(year: 1447, month: 2, day: 31) == nil)
    }

    @Test func daysSinceEpochRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CalendarDay(daysSinceEpoch: 0) == CalendarDay(year: 1970, month: 1, day: 1))
    }
}
