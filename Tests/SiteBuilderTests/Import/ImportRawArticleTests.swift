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

    struct TitleCase: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var title: String
        var isGenerated: Bool
        var testDescription: String { id }
    }

    @Test(arguments: [
        TitleCase(id: "a headline", text: "مصر تستضيف المفاوضات\n\nبدأت الجولة اليوم.", title: "مصر تستضيف المفاوضات", isGenerated: false),
        TitleCase(id: "a headline that asks", text: "هل تنجح المفاوضات؟\n\nبدأت الجولة اليوم.", title: "هل تنجح المفاوضات؟", isGenerated: false),
        TitleCase(id: "a first line ending with a full stop", text: "بدأت الجولة اليوم.\n\nوتستمر ثلاثة أيام.", title: "بدأت الجولة اليوم", isGenerated: true),
        TitleCase(id: "a first line too long for a headline",
                  text: "بدأت اليوم في القاهرة جولة جديدة من المفاوضات بين الوفدين بحضور الوسطاء من قطر والولايات المتحدة ومصر\n\nوتستمر ثلاثة أيام.",
                  title: "بدأت اليوم في القاهرة جولة جديدة من المفاوضات بين الوفدين بحضور الوسطاء", isGenerated: true),
        TitleCase(id: "the only line", text: "بدأت الجولة اليوم في القاهرة", title: "بدأت الجولة اليوم في القاهرة", isGenerated: true),
        TitleCase(id: "a date line first", text: "الإثنين 6 أكتوبر 2025\n\nبدأت الجولة اليوم. وتستمر أياما.", title: "بدأت الجولة اليوم", isGenerated: true),
    ])
    func titleOrFirstParagraph(_ row: TitleCase) throws {
        let article = try Self.parse(row.text)
        #expect(article.title == row.title)
        #expect(article.titleIsGenerated == row.isGenerated)
        let bodyWords = article.blocks.flatMap { $0.text.split(separator: " ") }
        let sourceWords = row.text.split(whereSeparator: \.isWhitespace)
        #expect(bodyWords == (row.isGenerated ? sourceWords : Array(sourceWords.dropFirst(row.title.split(separator: " ").count))),
                "a generated title takes nothing from the body")
    }

    /// The example of docs/import.md.
    @Test func documentedHardWrapExample() throws {
        let article = try Self.parse("""
            مصر تستضيف جولة جديدة من مفاوضات وقف إطلاق النار في غزة

            تستضيف القاهرة اليوم الإثنين جولة جديدة من المفاوضات بين وفدي حماس

            وإسرائيل، بحضور وسطاء من قطر والولايات المتحدة، لبحث آليات وقف إطلاق النار

            وتبادل المحتجزين. وقال مسؤول مصري إن الجولة قد تستمر ثلاثة أيام.

            مواقف الأطراف

            وأكد المتحدث باسم الخارجية المصرية أن بلاده تبذل جهودا كبيرة لإنجاح

            المفاوضات، مشيرا إلى أن الوسطاء قدموا مقترحات جديدة.
            """)
        #expect(article.title == "مصر تستضيف جولة جديدة من مفاوضات وقف إطلاق النار في غزة")
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(article.blocks.map(\.lines.count) == [3, 1, 2])
        #expect(article.blocks[1].lines == ["مواقف الأطراف"])
    }

    @Test func wrappedTextIsReadAsItsParagraphsWithoutFalseHeadings() throws {
        let paragraphs = [ImportHardWrapJoinerTests.paragraph, ImportHardWrapJoinerTests.second]
        let wrapped = paragraphs.map { ImportHardWrapJoinerTests.wrapped($0).joined(separator: "\n\n") }
        let article = try Self.parse("مصر تستضيف المفاوضات\n\n" + wrapped.joined(separator: "\n\n"))
        #expect(article.title == "مصر تستضيف المفاوضات")
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(article.paragraphs == paragraphs)
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
        ErrorCase(id: "only a date line", text: "\n\n2025-10-06\n\n", line: 3, mentions: "no paragraph of article text"),
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
