import Testing
@testable import SiteBuilder

@Suite struct ImportGeneratedTitleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var paragraph: String
        var title: String
        var testDescription: String { id }
    }

    @Test(arguments: [
        Case(id: "a short first sentence, without its full stop",
             paragraph: "وصل الوفد المصري إلى غزة. وبدأ مباحثاته فورا.", title: "وصل الوفد المصري إلى غزة"),
        Case(id: "a long sentence cut at twelve words, comma dropped",
             paragraph: "تستضيف القاهرة اليوم الإثنين جولة جديدة من المفاوضات بين وفدي حماس وإسرائيل، بحضور وسطاء من قطر.",
             title: "تستضيف القاهرة اليوم الإثنين جولة جديدة من المفاوضات بين وفدي حماس وإسرائيل"),
        Case(id: "never ends on a preposition",
             paragraph: "أعلنت وزارة الصحة الفلسطينية اليوم ارتفاع عدد الضحايا في القطاع المحاصر إلى أكثر من ألف شخص.",
             title: "أعلنت وزارة الصحة الفلسطينية اليوم ارتفاع عدد الضحايا في القطاع المحاصر"),
        Case(id: "dateline with dashes",
             paragraph: "القاهرة - 5 ديسمبر 2026 - افتتح الرئيس المعرض الدولي للكتاب.", title: "افتتح الرئيس المعرض الدولي للكتاب"),
        Case(id: "dateline with an agency and dashes",
             paragraph: "القاهرة (رويترز) - 5 ديسمبر 2026 - افتتح الرئيس المعرض.", title: "افتتح الرئيس المعرض"),
        Case(id: "dateline in Arabic-Indic digits with an em dash",
             paragraph: "القاهرة، ٥ ديسمبر ٢٠٢٦ — افتتح الرئيس المعرض.", title: "افتتح الرئيس المعرض"),
        Case(id: "dateline with a numeric date and a colon",
             paragraph: "القاهرة في 5/12/2026: افتتح الرئيس المعرض.", title: "افتتح الرئيس المعرض"),
        Case(id: "a place and an agency only",
             paragraph: "غزة (أ ف ب) - قصفت الطائرات مواقع عدة.", title: "قصفت الطائرات مواقع عدة"),
        Case(id: "a dash in running text is kept",
             paragraph: "قال الوزير - في مؤتمر صحفي - إن المفاوضات مستمرة.", title: "قال الوزير - في مؤتمر صحفي - إن المفاوضات مستمرة"),
    ])
    func titleFromTheFirstSentence(_ row: Case) {
        #expect(GeneratedTitle.title(from: row.paragraph) == row.title)
    }

    @Test func neverCutsMidWord() {
        let paragraph = String(repeating: "كلمة ", count: 40) + "نهاية."
        let title = GeneratedTitle.title(from: paragraph)
        #expect(title.split(separator: " ").count == GeneratedTitle.maximumWords)
        #expect(title.split(separator: " ").allSatisfy { $0 == "كلمة" })
    }
}
