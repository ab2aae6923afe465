import Testing
@testable import SiteBuilder

/// Every dateline form, read from the start of a text; `date` is its front-matter date when the file was
/// modified on 2026-12-10 (what a dateline without a year is resolved against).
@Suite struct ImportDateLineTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var date: String?
        /// What summaries keep of the text: the text after the dateline.
        var rest: String? = nil
        var testDescription: String { id }
    }

    static let modified = CalendarDay(year: 2026, month: 12, day: 10)

    @Test(arguments: [
        // Separators after the place and after the date.
        Row(id: "dash", text: "القاهرة - 5 ديسمبر 2026 - افتتح الرئيس المعرض.", date: "2026-12-05", rest: "افتتح الرئيس المعرض."),
        Row(id: "en dash", text: "القاهرة – 5 ديسمبر 2026 – افتتح الرئيس المعرض.", date: "2026-12-05", rest: "افتتح الرئيس المعرض."),
        Row(id: "em dash, Arabic comma", text: "المدينة، ٣ مارس ٢٠٢٤ — أعلنت البلدية خطة جديدة.", date: "2024-03-03", rest: "أعلنت البلدية خطة جديدة."),
        Row(id: "colon", text: "بيروت: 14 نوفمبر 2025: عقد المجلس جلسته.", date: "2025-11-14", rest: "عقد المجلس جلسته."),
        Row(id: "agency", text: "الدوحة (رويترز) - 14 نوفمبر 2025 - قالت مصادر إن المحادثات بدأت.", date: "2025-11-14",
            rest: "قالت مصادر إن المحادثات بدأت."),
        Row(id: "agency with dots", text: "باريس (أ.ف.ب) - 2 يناير 2025 - بدأ العام.", date: "2025-01-02", rest: "بدأ العام."),
        Row(id: "place of two words", text: "رام الله - 7 مايو 2025 - أعلنت الوزارة.", date: "2025-05-07", rest: "أعلنت الوزارة."),
        Row(id: "numeric after في", text: "المدينة في 5/12/2026: افتتح المعرض.", date: "2026-12-05", rest: "افتتح المعرض."),
        Row(id: "ISO in the opening", text: "عمّان - 2026-12-05 - بدأت الجلسة.", date: "2026-12-05", rest: "بدأت الجلسة."),
        // Day names, month names, digits.
        Row(id: "weekday", text: "الرياض - الأحد 6 ديسمبر 2026 - وصل الوفد.", date: "2026-12-06", rest: "وصل الوفد."),
        Row(id: "weekday with يوم", text: "تونس، يوم الإثنين 6 أكتوبر 2025 — انطلقت الدورة.", date: "2025-10-06", rest: "انطلقت الدورة."),
        Row(id: "Levantine month", text: "دمشق - 5 كانون الأول 2026 - عاد التيار.", date: "2026-12-05", rest: "عاد التيار."),
        Row(id: "kanun al-thani is January", text: "بغداد - 12 كانون الثاني 2024 - افتتح الجسر.", date: "2024-01-12", rest: "افتتح الجسر."),
        Row(id: "both month names and م", text: "بيروت - 6 أكتوبر/تشرين الأول 2025م - صدر القرار.", date: "2025-10-06", rest: "صدر القرار."),
        Row(id: "Maghreb month", text: "الرباط - 3 جويلية 2025 - صدر القرار.", date: "2025-07-03", rest: "صدر القرار."),
        Row(id: "hamza dropped", text: "القاهرة - الاثنين 6 اكتوبر 2025 - بدأ الموسم.", date: "2025-10-06", rest: "بدأ الموسم."),
        Row(id: "Persian digits", text: "۱۵ مارس ۲۰۲۴ - بدأ الموسم.", date: "2024-03-15", rest: "بدأ الموسم."),
        // Hijri dates, converted (tabular calendar).
        Row(id: "Hijri", text: "الرياض - 15 جمادى الآخرة 1447 هـ - صدر الأمر.", date: "2025-12-06", rest: "صدر الأمر."),
        Row(id: "Hijri joined era", text: "مكة المكرمة - 1 رمضان 1447هـ - بدأ الصيام.", date: "2026-02-18", rest: "بدأ الصيام."),
        Row(id: "Hijri with the Gregorian day beside it", text: "الرياض - الأحد 15 جمادى الآخرة 1447 هـ الموافق 7 ديسمبر 2025م - صدر الأمر.",
            date: "2025-12-07", rest: "صدر الأمر."),
        Row(id: "Hijri numeric", text: "جدة في 15/6/1447 هـ - صدر الأمر.", date: "2025-12-06", rest: "صدر الأمر."),
        // Times of day are kept.
        Row(id: "time", text: "القاهرة - 5 ديسمبر 2026، الساعة 9:30 صباحًا - بدأت القمة.", date: "2026-12-05T09:30:00", rest: "بدأت القمة."),
        Row(id: "evening time", text: "القاهرة - 5 ديسمبر 2026 8:05 م - انتهت القمة.", date: "2026-12-05T20:05:00", rest: "انتهت القمة."),
        // A line of its own.
        Row(id: "own line", text: "الإثنين 6 أكتوبر 2025", date: "2025-10-06", rest: ""),
        Row(id: "own line with a place", text: "القاهرة - الإثنين 6 أكتوبر 2025", date: "2025-10-06", rest: ""),
        Row(id: "own line, ISO", text: "2025-10-06", date: "2025-10-06", rest: ""),
        Row(id: "own line, ISO date-time", text: "2025-10-06T09:30:00+03:00", date: "2025-10-06T09:30:00+03:00", rest: ""),
        Row(id: "own line, published on", text: "نشر في 6 أكتوبر 2025", date: "2025-10-06", rest: ""),
        // No year: the most recent such day not after the file's modification day (2026-12-10).
        Row(id: "no year, this year", text: "القاهرة - 5 ديسمبر - افتتح المعرض.", date: "2026-12-05", rest: "افتتح المعرض."),
        Row(id: "no year, last year", text: "القاهرة - 15 ديسمبر - افتتح المعرض.", date: "2025-12-15", rest: "افتتح المعرض."),
        Row(id: "no year, leap day", text: "القاهرة - 29 فبراير - افتتح المعرض.", date: "2024-02-29", rest: "افتتح المعرض."),
        Row(id: "no year, Hijri", text: "الرياض - 1 رمضان - بدأ الصيام.", date: "2026-02-18", rest: "بدأ الصيام."),
        // Not datelines: dates in running text, dates that do not exist.
        Row(id: "date inside a sentence", text: "وكانت الحكومة قد أعلنت في 6 أكتوبر 2025 عن خطة جديدة.", date: nil),
        Row(id: "date in a clause", text: "وتم تعميده في 17 ديسمبر 1770، في مدينة بون.", date: nil),
        Row(id: "date after a long sentence", text: "أعلنت وزارة الصحة في البلاد أمس 6 أكتوبر 2025 - خطة.", date: nil),
        Row(id: "date later in the paragraph", text: "افتتح الرئيس المعرض. وفي 5 ديسمبر 2026 - يبدأ الموسم.", date: nil),
        Row(id: "no such day", text: "القاهرة - 30 فبراير 2025 - خبر.", date: nil),
        Row(id: "a number, no date", text: "القاهرة - 14 قتيلا في حادث سير.", date: nil),
        Row(id: "no date", text: "تفاصيل الجولة الجديدة", date: nil),
        Row(id: "a list item", text: "1- افتتاح المعرض في 5 ديسمبر 2026 -", date: nil),
    ])
    func readsTheDateline(_ row: Row) {
        let dateline = DateLine(parsing: row.text)
        #expect(dateline?.frontMatterDate(notAfter: Self.modified) == row.date)
        if let rest = row.rest {
            #expect(DateLine.textAfter(dateline, in: row.text) == rest)
            #expect(dateline?.isWholeText == rest.isEmpty)
        }
    }

    @Test func aDatelineLineAboveTheParagraphInTheSameBlock() throws {
        let lines = ["القاهرة - 5 ديسمبر 2026", "افتتح الرئيس المعرض."]
        let dateline = try #require(DateLine(opening: lines))
        #expect(dateline.frontMatterDate(notAfter: Self.modified) == "2026-12-05")
        #expect(!dateline.isWholeText)
        #expect(DateLine.textAfter(dateline, in: lines.joined(separator: " ")) == "افتتح الرئيس المعرض.")
        #expect(DateLine(opening: ["نص بلا تاريخ", "القاهرة - 5 ديسمبر 2026 - خبر."]) == nil, "only the start counts")
    }

    @Test func aBlockWithoutDatelineIsAllRunningText() {
        #expect(DateLine.textAfter(nil, in: "نص المقال.") == "نص المقال.")
    }
}
