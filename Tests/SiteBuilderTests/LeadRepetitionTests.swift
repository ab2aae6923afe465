import Testing
@testable import SiteBuilder

/// The article page shows the summary above the body only when the body does not open with it.
@Suite struct LeadRepetitionTests {
    static let body = """
        <p>القاهرة - 5 ديسمبر 2026 - تستضيف القاهرة اليوم جولة جديدة من &quot;المفاوضات&quot;. وقال مسؤول مصري إن الجولة \
        قد تستمر ثلاثة أيام.</p>
        <h2>مواقف الأطراف</h2>
        <p>وأكد الوسطاء أن الخطة تحظى بدعم واسع.</p>
        """

    @Test func aLeadSummaryAfterTheDatelineIsNotRepeated() {
        #expect(LeadRepetition.bodyOpens(withSummary: "تستضيف القاهرة اليوم جولة جديدة من \"المفاوضات\". وقال مسؤول مصري إن الجولة قد تستمر ثلاثة أيام.", bodyHTML: Self.body))
    }

    @Test func keyPointsFromFurtherOnAreShown() {
        #expect(!LeadRepetition.bodyOpens(withSummary: "وأكد الوسطاء أن الخطة تحظى بدعم واسع.", bodyHTML: Self.body))
        #expect(!LeadRepetition.bodyOpens(withSummary: "ملخص كتبه المحرر بنفسه.", bodyHTML: Self.body))
    }

    @Test func anEmptySummaryHasNothingToShow() {
        #expect(LeadRepetition.bodyOpens(withSummary: "  ", bodyHTML: Self.body))
    }
}
