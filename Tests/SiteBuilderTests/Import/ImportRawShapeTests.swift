import Foundation
import Testing
import Yams
@testable import SiteBuilder

/// Raw articles in every shape newsrooms have them, in `RawShapes/`: each is imported and its Markdown compared
/// byte for byte with `RawShapes/NAME.md`, and checked word for word against the text it came from. After a
/// deliberate change to import, `MUJAZ_RECORD_GOLDEN=1 swift test --filter ImportRawShapeTests` writes the `.md`
/// files anew; review the diff before committing it.
@Suite struct ImportRawShapeTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var title: String
        var titleIsGenerated = false
        var headings: [String] = []
        /// The first word of each paragraph of running text, in order.
        var paragraphStarts: [String]
        var encoding: String?
        var testDescription: String { name }
    }

    static let title = "مصر تستضيف جولة جديدة من مفاوضات وقف إطلاق النار في غزة"
    static let lead = "تستضيف القاهرة اليوم الإثنين جولة جديدة من المفاوضات بين وفدي حماس وإسرائيل"

    static let shapes = [
        // The dateline that opens the text stays in the body and out of the text summaries are chosen from.
        Shape(name: "untitled-one-liner", title: lead, titleIsGenerated: true, paragraphStarts: ["تستضيف"]),
        Shape(name: "untitled-paragraphs", title: lead, titleIsGenerated: true, paragraphStarts: ["تستضيف", "ووصل", "وأكد"]),
        Shape(name: "wrapped-single-newlines", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "ووصل", "وأكد"]),
        Shape(name: "wrapped-blank-lines", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "ووصل", "وأكد"]),
        Shape(name: "wrapped-untitled-no-blank-lines", title: lead, titleIsGenerated: true, paragraphStarts: ["تستضيف", "ووصل", "وأكد"]),
        Shape(name: "headings", title: title, headings: ["تفاصيل الجولة", "مواقف الأطراف"], paragraphStarts: ["تستضيف", "ووصل", "وأكد"]),
        Shape(name: "dateline", title: title, paragraphStarts: ["تستضيف", "ووصل"]),
        Shape(name: "crlf", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "وأكد"]),
        Shape(name: "utf8-bom", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "وأكد"]),
        Shape(name: "windows-1256", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "وأكد"], encoding: "windows-1256"),
        Shape(name: "iso-8859-6", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "وأكد"], encoding: "iso-8859-6"),
        Shape(name: "utf-16le", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "وأكد"], encoding: "UTF-16LE"),
        Shape(name: "utf-16be", title: title, headings: ["مواقف الأطراف"], paragraphStarts: ["تستضيف", "وأكد"], encoding: "UTF-16BE"),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("RawShapes")

    @Test(arguments: shapes) func importsWordForWord(_ shape: Shape) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(shape.name + ".txt"))
        let site = try ImportSiteFolder()
        let text = try site.write(shape.name + ".txt", bytes)
        // A text without a dateline is dated by its file's time: a fixed one keeps the recorded Markdown exact.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_759_741_200)], ofItemAtPath: text.path)
        let report = ImportArticleImporterTests.importer.importNewArticles(in: site.content)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try site.data(shape.name + ".txt") == bytes, "the text stays as it was")
        let markdown = try site.read(shape.name + ".md")

        let expectedFile = Self.folder.appendingPathComponent(shape.name + ".md")
        if ProcessInfo.processInfo.environment["MUJAZ_RECORD_GOLDEN"] == "1" {
            try Data(markdown.utf8).write(to: expectedFile)
        } else {
            #expect(markdown == (try String(contentsOf: expectedFile, encoding: .utf8)))
        }

        let article = try ImportedMarkdown(parsing: markdown, path: "a.md")
        #expect(article.fields["title"]?.string == shape.title)
        #expect(article.fields["source_encoding"]?.string == shape.encoding)
        let blocks = article.body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        #expect(blocks.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) } == shape.headings)
        #expect(article.articleParts.paragraphs.map { String($0.prefix { $0 != " " }) } == shape.paragraphStarts)

        // Nothing lost: the words of the source are the title's (unless made up from the text) and the body's, in order.
        let source = try RawTextDecoder.decode(Array(bytes), path: "a.txt").get().text
        let imported = (shape.titleIsGenerated ? "" : shape.title) + "\n" + article.body.replacingOccurrences(of: "## ", with: "")
        #expect(Self.words(imported) == Self.words(source))
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }
}
