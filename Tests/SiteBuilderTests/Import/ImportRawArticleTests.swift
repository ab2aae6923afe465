import Foundation
import Testing
@testable import SiteBuilder

@Suite struct ImportRawArticleTests {
    static let article = """
        مصر تستضيف مفاوضات جديدة في القاهرة

        الإثنين 6 أكتوبر 2025

        تستضيف القاهرة اليوم جولة جديدة من المفاوضات. ويشارك فيها وفدان.

        تفاصيل الجولة الجديدة

        وصل الوفد الأول مساء أمس، وينتظر وصول الوفد الثاني اليوم.
        ويتوقع المراقبون أن تستمر الجلسات أياما.

        الخلاصة
        """

    static func parse(_ text: String) throws(Diagnostic) -> RawArticle {
        try RawArticleParser.parse(text, path: "Content/a.txt")
    }

    @Test func titleHeadingsParagraphsAndDateLine() throws {
        let article = try Self.parse(Self.article)
        #expect(article.title == "مصر تستضيف مفاوضات جديدة في القاهرة")
        #expect(article.dateline?.frontMatterDate(notAfter: CalendarDay(year: 2026, month: 1, day: 1)) == "2025-10-06")
        #expect(article.blocks.map(\.kind) == [.dateline, .paragraph, .heading, .paragraph, .paragraph])
        #expect(article.blocks[2].lines == ["تفاصيل الجولة الجديدة"])
        #expect(article.blocks[3].lines.count == 2, "a paragraph keeps its lines")
        #expect(article.blocks[4].lines == ["الخلاصة"], "a short last line has no paragraph after it: not a heading")
        #expect(article.blocks.map(\.firstLine) == [3, 5, 7, 9, 12])
        #expect(article.paragraphs.count == 3, "headings and the date line are not summarized")
    }

    struct HeadingCase: Sendable, CustomTestStringConvertible {
        var id: String
        var line: String
        var isHeading: Bool
        var testDescription: String { id }
    }

    @Test(arguments: [
        HeadingCase(id: "short, no final punctuation", line: "جهود مصر في التوسط", isHeading: true),
        HeadingCase(id: "ends with a full stop", line: "انتهت الجلسة الأولى.", isHeading: false),
        HeadingCase(id: "ends with an Arabic question mark", line: "ماذا بعد الجولة؟", isHeading: false),
        HeadingCase(id: "ends with a colon", line: "وقال المتحدث:", isHeading: false),
        HeadingCase(id: "ends with a full stop inside quotes", line: "وقال «انتهى الأمر.»", isHeading: false),
        HeadingCase(id: "quoted title without punctuation", line: "خطة «السلام الشامل»", isHeading: true),
        HeadingCase(
            id: "too long to be a heading",
            line: "هذه جملة طويلة جدا بلا علامة ترقيم في آخرها لكنها تتجاوز الحد المسموح لعناوين الأقسام في المقال بكثير",
            isHeading: false
        ),
    ])
    func headingRule(_ row: HeadingCase) throws {
        let article = try Self.parse("العنوان\n\nفقرة أولى.\n\n\(row.line)\n\nفقرة ثانية.")
        #expect((article.blocks[1].kind == .heading) == row.isHeading)
    }

    @Test func twoShortLinesInARowAreNotHeadings() throws {
        let article = try Self.parse("العنوان\n\nسطر قصير\n\nسطر آخر\n\nفقرة.")
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
    }

    @Test func crlfBomAndStraySpacesReadLikeCleanText() throws {
        let clean = try Self.parse(Self.article)
        let messy = "\u{FEFF}\r\n  " + Self.article
            .replacingOccurrences(of: " ", with: " \t ")
            .replacingOccurrences(of: "\n", with: "  \r\n")
        let decoded = try SourceText.decode(Data(messy.utf8), path: "Content/a.txt").get()
        let parsed = try Self.parse(decoded)
        #expect(parsed.title == clean.title)
        #expect(parsed.blocks.map(\.lines) == clean.blocks.map(\.lines))
        #expect(parsed.blocks.map(\.kind) == clean.blocks.map(\.kind))
    }

    @Test func titleFollowedDirectlyByText() throws {
        let article = try Self.parse("العنوان\nالسطر الأول من المقال.\nوالسطر الثاني.")
        #expect(article.title == "العنوان")
        #expect(article.blocks == [RawBlock(kind: .paragraph, lines: ["السطر الأول من المقال.", "والسطر الثاني."], firstLine: 2)])
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var line: Int?
        var mentions: String
        var testDescription: String { id }
    }

    @Test(arguments: [
        ErrorCase(id: "nothing but blank lines", text: "\n  \n\t\n", line: nil, mentions: "empty"),
        ErrorCase(id: "only a title", text: "\n\nعنوان وحيد\n\n", line: 3, mentions: "only a title"),
        ErrorCase(id: "a title and a date line", text: "عنوان\n\n2025-10-06\n", line: 1, mentions: "no paragraph"),
    ])
    func unusableTextIsRefusedWithTheLine(_ row: ErrorCase) {
        #expect {
            try Self.parse(row.text)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.path == "Content/a.txt" && diagnostic.line == row.line && diagnostic.message.contains(row.mentions)
        }
    }
}
