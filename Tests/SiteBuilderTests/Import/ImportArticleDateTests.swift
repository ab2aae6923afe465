import Foundation
import Testing
@testable import SiteBuilder

/// Whole raw articles through the importer: the date their front matter gets, and whether the import warns
/// that it fell back to the file's modification time (2026-12-10T12:00:00Z here).
@Suite struct ImportArticleDateTests {
    struct Fixture: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var date: String
        var summaryStart: String? = nil
        var testDescription: String { id }
    }

    static let modified = Date(timeIntervalSince1970: 1_796_904_000)
    static let fileTime = "2026-12-10T12:00:00Z"

    @Test(arguments: [
        Fixture(id: "dateline opening the first paragraph", text: """
            افتتاح معرض الكتاب

            القاهرة - 5 ديسمبر 2026 - افتتح الرئيس معرض الكتاب. وحضر الافتتاح وزراء.
            """, date: "2026-12-05", summaryStart: "افتتح الرئيس"),
        Fixture(id: "agency", text: """
            محادثات في الدوحة

            الدوحة (رويترز) - 14 نوفمبر 2025 - قالت مصادر إن المحادثات بدأت. وتستمر يومين.
            """, date: "2025-11-14", summaryStart: "قالت مصادر"),
        Fixture(id: "Arabic-Indic digits and an em dash", text: """
            خطة للمدينة

            المدينة، ٣ مارس ٢٠٢٤ — أعلنت البلدية خطة جديدة. وتبدأ الخطة قريبا.
            """, date: "2024-03-03"),
        Fixture(id: "numeric date after في", text: """
            معرض جديد

            المدينة في 5/12/2026: افتتح المعرض أبوابه. وتوافد الزوار.
            """, date: "2026-12-05"),
        Fixture(id: "dateline on its own line, with a time", text: """
            قمة اقتصادية

            القاهرة - الأحد 6 ديسمبر 2026، الساعة 9:30 صباحًا

            بدأت القمة الاقتصادية أعمالها. وتستمر ثلاثة أيام.
            """, date: "2026-12-06T09:30:00", summaryStart: "بدأت القمة"),
        Fixture(id: "dateline line right above the paragraph", text: """
            افتتاح معرض الكتاب

            القاهرة - 5 ديسمبر 2026
            افتتح الرئيس معرض الكتاب. وحضر الافتتاح وزراء.
            """, date: "2026-12-05", summaryStart: "افتتح الرئيس"),
        Fixture(id: "Levantine month", text: """
            عودة التيار

            دمشق - 5 كانون الأول 2026 - عاد التيار الكهربائي. وقالت الوزارة إن العمل مستمر.
            """, date: "2026-12-05"),
        Fixture(id: "Hijri date", text: """
            أمر ملكي

            الرياض - 15 جمادى الآخرة 1447 هـ - صدر أمر ملكي. ويبدأ العمل به فورا.
            """, date: "2025-12-06"),
        Fixture(id: "no year", text: """
            معرض الشتاء

            القاهرة - 15 ديسمبر - افتتح معرض الشتاء. ويستمر أسبوعا.
            """, date: "2025-12-15"),
        Fixture(id: "a date in the body only", text: """
            بيتهوفن

            ولد الموسيقار في مدينة بون. وتم تعميده في 17 ديسمبر 1770، في كنيسة المدينة.

            القاهرة - 5 ديسمبر 2026 - أقيم حفل لموسيقاه.
            """, date: fileTime),
        Fixture(id: "no date at all", text: """
            خبر بلا تاريخ

            نص الخبر بلا تاريخ. وجملة ثانية.
            """, date: fileTime),
    ])
    func importedDate(_ fixture: Fixture) throws {
        let site = try ImportSiteFolder()
        let file = try site.write("article.txt", fixture.text + "\n")
        try site.setModified("article.txt", Self.modified)
        let report = ArticleImporter(entityFinder: ImportFixedEntityFinder(modelVersion: "m", names: [:]))
            .importFiles([file], root: site.root)
        #expect(report.diagnostics.isEmpty)
        let fields = try ImportedMarkdown(parsing: site.read("article.md"), path: "article.md").fields
        #expect(fields["date"]?.string == fixture.date)
        #expect(report.warnings.map(\.path) == (fixture.date == Self.fileTime ? ["Content/article.txt"] : []))
        if let summaryStart = fixture.summaryStart {
            #expect(fields["summary"]?.string?.hasPrefix(summaryStart) == true, "the dateline is no part of the summary")
        }
        #expect(try site.read("article.md").contains(fixture.text.split(separator: "\n")[1]), "the dateline stays in the body")
    }
}
