import Testing
@testable import SiteBuilder

@Suite struct ImportDateLineTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var id: String
        var line: String
        var date: String?
        var testDescription: String { id }
    }

    @Test(arguments: [
        Row(id: "ISO", line: "2025-10-06", date: "2025-10-06"),
        Row(id: "ISO with time", line: "2025-10-06T09:30:00+03:00", date: "2025-10-06"),
        Row(id: "day name, Egyptian month", line: "الإثنين 6 أكتوبر 2025", date: "2025-10-06"),
        Row(id: "hamza dropped", line: "الاثنين 6 اكتوبر 2025", date: "2025-10-06"),
        Row(id: "Levantine month of two words", line: "الأحد 5 تشرين الأول 2025", date: "2025-10-05"),
        Row(id: "kanun al-thani is January", line: "12 كانون الثاني 2024", date: "2024-01-12"),
        Row(id: "both month names", line: "6 أكتوبر/تشرين الأول 2025م", date: "2025-10-06"),
        Row(id: "Arabic-Indic digits", line: "٦ أكتوبر ٢٠٢٥", date: "2025-10-06"),
        Row(id: "Persian digits", line: "۱۵ مارس ۲۰۲۴", date: "2024-03-15"),
        Row(id: "Maghreb month", line: "3 جويلية 2025", date: "2025-07-03"),
        Row(id: "dateline with a place", line: "القاهرة - الإثنين 6 أكتوبر 2025", date: "2025-10-06"),
        Row(id: "leap day", line: "29 فبراير 2024", date: "2024-02-29"),
        Row(id: "no such day", line: "30 فبراير 2025", date: nil),
        Row(id: "a sentence that mentions a date", line: "وكانت الحكومة قد أعلنت في 6 أكتوبر 2025 عن خطة جديدة للإصلاح الاقتصادي", date: nil),
        Row(id: "a month without a year", line: "6 أكتوبر", date: nil),
        Row(id: "no date", line: "تفاصيل الجولة الجديدة", date: nil),
    ])
    func recognizesDateLines(_ row: Row) {
        #expect(DateLineParser.date(in: row.line)?.isoString == row.date)
    }
}
