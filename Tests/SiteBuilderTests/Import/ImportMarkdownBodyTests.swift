import ArabicText
import Testing
@testable import SiteBuilder

@Suite struct ImportMarkdownBodyTests {
    /// Words and numbers in order: what "lossless" promises to keep.
    static func words(_ text: String) -> [String] {
        Tokenizer().tokens(in: text).filter { $0.kind == .word || $0.kind == .number }.map { String($0.text) }
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var testDescription: String { id }
    }

    static let varied: [Row] = [
        Row(id: "plain news", text: ImportRawArticleTests.article),
        Row(id: "Markdown characters", text: "عنوان *مهم*\n\n# ليس عنوانا\n\n- ليس قائمة\n+ ولا هذه\n\n1. ولا هذه\n2) ولا تلك\n\nنص فيه *نجمة* و_شرطة_ و`رمز` و[رابط](http://x.y) و<b>وسم</b> و|عمود| و~~شطب~~ و&amp; و\\ مائل.\n\n> ليس اقتباسا\n\n===\n\n---"),
        Row(id: "digits and mixed scripts", text: "تقرير ٢٠٢٥\n\nبلغ النمو 3.5% في 2024 مقابل ١٬٠٠٠ وظيفة و F16 جديدة.\n\nقال CEO الشركة: \"النتائج جيدة\"."),
        Row(id: "diacritics and tatweel", text: "عُنوانٌ\n\nكَتَبَ الكاتـــب مقالاً طويلاً.\n\nخاتمة قصيرة"),
        Row(id: "hard-wrapped lines", text: "العنوان\nسطر أول من الفقرة\nسطر ثان من الفقرة نفسها.\n\n\n\nفقرة بعد أسطر فارغة كثيرة."),
        Row(id: "dateline opening the paragraph", text: "العنوان\n\nالقاهرة - 5 ديسمبر 2026 - افتتح الرئيس المعرض. وحضر الوزراء.\n\nفقرة ثانية."),
        Row(id: "dateline line above the paragraph", text: "العنوان\n\nالقاهرة - 5 ديسمبر 2026\nافتتح الرئيس المعرض. وحضر الوزراء.\n\nفقرة ثانية."),
    ]

    @Test(arguments: varied)
    func bodyKeepsEveryWordInOrder(_ row: Row) throws {
        let article = try RawArticleParser.parse(row.text, path: "a.txt")
        let body = MarkdownBody.render(article.blocks)
        #expect(Self.words(article.title) + Self.words(body) == Self.words(row.text))
    }

    @Test(arguments: varied)
    func paragraphsReadBackAsWritten(_ row: Row) throws {
        let article = try RawArticleParser.parse(row.text, path: "a.txt")
        let body = MarkdownBody.render(article.blocks)
        let readBack = MarkdownBody.paragraphs(in: body)
        #expect(readBack == article.paragraphs, "what import summarized: no headings, no date line")
    }

    @Test func specialCharactersRenderAsText() throws {
        let article = try RawArticleParser.parse(Self.varied[1].text, path: "a.txt")
        let html = MarkdownRenderer.html(from: MarkdownBody.render(article.blocks))
        #expect(!html.contains("<h1"))
        #expect(!html.contains("<ul") && !html.contains("<ol"))
        #expect(!html.contains("<em>") && !html.contains("<code>") && !html.contains("<del>"))
        #expect(html.contains("[رابط]"), "no link from brackets; a bare URL may still be autolinked")
        #expect(!html.contains("<blockquote") && !html.contains("<hr"))
        #expect(html.contains("*نجمة*"))
        #expect(html.contains("&lt;b&gt;وسم&lt;/b&gt;"))
        #expect(html.contains("&amp;amp;"))
    }

    @Test func headingsBecomeLevelTwo() throws {
        let article = try RawArticleParser.parse(ImportRawArticleTests.article, path: "a.txt")
        let body = MarkdownBody.render(article.blocks)
        #expect(body.contains("\n\n## تفاصيل الجولة الجديدة\n\n"))
        #expect(MarkdownRenderer.html(from: body).contains("<h2>تفاصيل الجولة الجديدة</h2>"))
    }
}
