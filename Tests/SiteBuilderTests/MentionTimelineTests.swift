import Testing
@testable import SiteBuilder

/// The entity page's timeline: weeks for a short history, months (at most 24) for a long one, drawn as SVG.
@Suite struct MentionTimelineTests {
    static let format = ArabicFormatter(style: DateStyle())

    static func day(_ iso: String) -> CalendarDay {
        ArticleDate(iso: iso)!.day
    }

    @Test func aShortHistoryIsDrawnWeekByWeek() throws {
        let days = ["2024-10-05", "2024-10-05", "2024-10-01", "2024-09-20"].map(Self.day)
        let timeline = MentionTimeline(days: days, end: Self.day("2024-10-05"))
        #expect(timeline.unit == .week)
        #expect(timeline.bars.count == MentionTimeline.minimumBars)
        #expect(timeline.bars.map(\.count) == [0, 0, 0, 0, 0, 1, 0, 3])
        #expect(timeline.bars.last?.start == Self.day("2024-09-29"))
        try GoldenFragment.check(timeline.svg(name: "القاهرة <\"&\">", format: Self.format), named: "timeline-weeks.svg")
    }

    @Test func aLongHistoryIsDrawnMonthByMonthForTwoYearsAtMost() throws {
        let days = ["2021-01-10", "2023-02-01", "2023-02-28", "2024-06-15", "2024-12-31"].map(Self.day)
        let timeline = MentionTimeline(days: days, end: Self.day("2024-12-31"))
        #expect(timeline.unit == .month)
        #expect(timeline.bars.count == MentionTimeline.monthLimit)
        #expect(timeline.bars.first?.start == Self.day("2023-01-01"))
        #expect(timeline.bars.map(\.count).reduce(0, +) == 4)
        try GoldenFragment.check(timeline.svg(name: "الأمم المتحدة", format: Self.format), named: "timeline-months.svg")
    }
}
