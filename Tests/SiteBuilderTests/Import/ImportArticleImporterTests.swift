import Enrichment
import Foundation
import Testing
import Yams
@testable import SiteBuilder

@Suite struct ImportArticleImporterTests {
    static let finder = ImportFixedEntityFinder(
        modelVersion: "test-model-1",
        names: [.person: ["خليل الحية"], .organization: ["حماس"], .place: ["القاهرة", "غزة"]]
    )
    static let importer = ArticleImporter(entityFinder: finder)

    static let cairo = """
        مصر تستضيف مفاوضات حماس وإسرائيل في القاهرة

        الإثنين 6 أكتوبر 2025

        تستضيف القاهرة اليوم جولة مفاوضات بين وفدين لبحث وقف إطلاق النار في غزة. ويقود الوفد الأول خليل الحية.

        تفاصيل الجولة

        وصل وفد حماس إلى القاهرة مساء أمس. وينتظر وصول الوفد الثاني اليوم.
        """

    static func frontMatter(_ text: String) throws -> Node.Mapping {
        try ImportedMarkdown(parsing: text, path: "a.md").fields
    }

    @Test func writesMarkdownWithGeneratedFrontMatterBesideTheText() throws {
        let site = try ImportSiteFolder()
        try site.write("cairo talks.txt", Self.cairo)
        let report = Self.importer.importNewArticles(in: site.content)
        #expect(report.diagnostics.isEmpty)
        #expect(report.written.map(\.lastPathComponent) == ["cairo talks.md"])

        let markdown = try site.read("cairo talks.md")
        let fields = try Self.frontMatter(markdown)
        #expect(fields["title"]?.string == "مصر تستضيف مفاوضات حماس وإسرائيل في القاهرة")
        #expect(fields["date"]?.string == "2025-10-06")
        #expect(fields["slug"]?.string == "cairo-talks")
        #expect(fields["summary"]?.string?.hasPrefix("تستضيف القاهرة اليوم") == true)
        #expect(fields["people"]?.array().compactMap(\.string) == ["خليل الحية"])
        #expect(fields["organizations"]?.array().compactMap(\.string) == ["حماس"])
        #expect(fields["places"]?.array().compactMap(\.string) == ["القاهرة", "غزة"])
        let record = try #require(GenerationRecord(node: fields["mujaz"]))
        #expect(record.model == "test-model-1")
        #expect(record.generator == "mujaz \(MujazVersion.current)")
        #expect(Set(record.fingerprints.keys) == ["title", "date", "slug", "summary", "people", "organizations", "places"])
        #expect(markdown.contains("مصر تستضيف"), "YAML keeps Arabic unescaped")
        #expect(!markdown.contains("\\u"))
        #expect(markdown.contains("\n## تفاصيل الجولة\n"))
        #expect(try site.read("cairo talks.txt") == Self.cairo, "the text stays as it was")
        #expect(try site.names() == ["cairo talks.md", "cairo talks.txt"], "no temporary file left behind")
    }

    /// The build takes the articles import decoded instead of parsing their files: they must be exactly what
    /// the files decode to, whatever YAML quoting the text needs.
    @Test func importedArticlesAreWhatTheirFilesDecodeTo() throws {
        let site = try ImportSiteFolder()
        try site.write("cairo.txt", Self.cairo)
        try site.write("number.txt", "2025\n\nعام من الأحداث في غزة.\n")
        try site.write("quotes.txt", "\"القاهرة\": حماس - 'غزة' # #وسم: نعم\n\nجملة أولى: فيها نقطتان. وجملة \"ثانية\".\n\n- ليست قائمة\n")
        try site.write("plain.txt", "yes\n\n2024-01-05\n\ntrue\n\nnull\n")
        // Found by the raw-import fuzz target: a title `null` and an empty summary were written plain, and read back
        // as null (the next build stopped at "'title' is empty", or made a summary the importing build had not).
        try site.write("null.txt", "null\n\nعام من الأحداث في غزة.\n")
        try site.write("tilde.txt", "~\n\nعام من الأحداث في غزة.\n")
        try site.write("no-summary.txt", "`\n")
        try site.write("marks.txt", "\u{FEFF}\u{FEFF}\n\u{FEFF}عنوان الخبر\n\n\u{FEFF}عام من الأحداث في غزة.\n")
        let report = Self.importer.prepareFiles(ArticleImporter.textFilesToImport(in: site.content), root: site.root)
        #expect(report.diagnostics.isEmpty)
        #expect(report.prepared.count == 8)
        #expect(try site.names() == ["cairo.txt", "marks.txt", "no-summary.txt", "null.txt", "number.txt", "plain.txt", "quotes.txt", "tilde.txt"],
                "preparing writes nothing")
        try PreparedArticle.writeAll(report.prepared).get()
        for prepared in report.prepared {
            let article = prepared.article
            let parsed = try ContentLoader.parse(site.root.appendingPathComponent(article.path), path: article.path).get()
            #expect(article == parsed, "\(article.path)")
        }
    }

    /// Import reads nothing but the file it imports (and the alias file), so disjoint sets of files imported on
    /// separate machines and put together make the same Markdown as one import of them all.
    @Test func disjointImportsPutTogetherEqualOneImport() throws {
        let texts = (1...4).map { number in
            (name: "wire-\(number).txt", text: Self.cairo.replacingOccurrences(of: "6 أكتوبر", with: "\(number) أكتوبر"))
        }
        let modified = Date(timeIntervalSince1970: 1_760_000_000)
        func importing(_ chosen: ArraySlice<(name: String, text: String)>) throws -> [String: Data] {
            let site = try ImportSiteFolder()
            for (name, text) in chosen {
                try site.write(name, text)
                try site.setModified(name, modified)
            }
            #expect(Self.importer.importNewArticles(in: site.content).diagnostics.isEmpty)
            return try Dictionary(uniqueKeysWithValues: site.names().filter { $0.hasSuffix(".md") }.map { ($0, try site.data($0)) })
        }
        let whole = try importing(texts[...])
        let parts = try importing(texts[..<2]).merging(try importing(texts[2...])) { first, _ in first }
        #expect(whole.count == 4)
        #expect(parts == whole)
    }

    @Test func secondRunCreatesAndChangesNothing() throws {
        let site = try ImportSiteFolder()
        try site.write("a.txt", Self.cairo)
        _ = Self.importer.importNewArticles(in: site.content)
        let first = try site.data("a.md")
        #expect(ArticleImporter.textFilesToImport(in: site.content).isEmpty)
        let again = Self.importer.importFiles([site.content.appendingPathComponent("a.txt")], root: site.root)
        #expect(again.written.isEmpty && again.diagnostics.isEmpty && again.notes.isEmpty)
        #expect(again.unchanged.map(\.lastPathComponent) == ["a.txt"])
        #expect(Self.importer.importNewArticles(in: site.content).unchanged.isEmpty, "a build does not even look at it")
        #expect(try site.data("a.md") == first)
        #expect(try site.names() == ["a.md", "a.txt"])
    }

    @Test func dateComesFromTheOptionThenTheDatelineThenTheFileTime() throws {
        let site = try ImportSiteFolder()
        let undated = "عنوان\n\nنص المقال بلا تاريخ.\n\nوتم تعميده في 17 ديسمبر 1770، في مدينة بون."
        let withOption = try site.write("option.txt", Self.cairo)
        let withFileTime = try site.write("file-time.txt", undated)
        try site.setModified("file-time.txt", Date(timeIntervalSince1970: 1_760_000_000))
        let dated = try site.write("dated.txt", Self.cairo)
        let optionReport = Self.importer.importFiles([withOption], date: "2025-01-02", root: site.root)
        let report = Self.importer.importFiles([dated, withFileTime], root: site.root)
        #expect(try Self.frontMatter(site.read("option.md"))["date"]?.string == "2025-01-02", "--date wins over the dateline")
        #expect(try Self.frontMatter(site.read("dated.md"))["date"]?.string == "2025-10-06")
        #expect(try Self.frontMatter(site.read("file-time.md"))["date"]?.string == "2025-10-09T08:53:20Z", "the body's date does not count")
        #expect(optionReport.warnings.isEmpty)
        #expect(report.warnings.map(\.description) == [
            "Content/file-time.txt:3: no dateline opens the article; dated by the file's modification time, 2025-10-09T08:53:20Z "
                + "(start the first paragraph with one, such as `القاهرة - 5 ديسمبر 2026 -`, or import with --date)",
        ])
    }

    @Test func badInputIsReportedByNameAndNothingIsWritten() throws {
        let site = try ImportSiteFolder()
        try site.write("empty.txt", "")
        try site.write("latin1.txt", Data([0xD9, 0x85, 0x0A, 0x0A, 0xE9, 0x74, 0xE9]))
        try site.write("binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]))
        let huge = try site.write("huge.txt", "عنوان\n\nنص.")
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        let before = try site.names().map { name in (name, try site.data(name)) }

        let report = Self.importer.importNewArticles(in: site.content)
        let messages = Dictionary(uniqueKeysWithValues: report.diagnostics.map { ($0.path, $0.description) })
        #expect(report.written.isEmpty)
        #expect(messages.count == 4)
        #expect(messages["Content/empty.txt"]?.contains("empty") == true)
        #expect(messages["Content/latin1.txt"]?.contains("Content/latin1.txt:3: invalid UTF-8, and not Arabic text in Windows-1256 or ISO-8859-6") == true)
        #expect(messages["Content/binary.txt"]?.contains("binary") == true)
        #expect(messages["Content/huge.txt"]?.contains("too large") == true)
        let after = try site.names().map { name in (name, try site.data(name)) }
        #expect(after.map(\.0) == before.map(\.0), "no file created")
        #expect(after.map(\.1) == before.map(\.1), "every text as it was")
    }

    @Test func aTitleMadeFromTheTextIsAGeneratedFieldThatTheEditorsTitleReplaces() throws {
        let site = try ImportSiteFolder()
        let text = try site.write("wire.txt", "القاهرة - 6 أكتوبر 2025 - وصل وفد حماس إلى القاهرة مساء أمس. وتبدأ المفاوضات اليوم.\n")
        let report = Self.importer.importFiles([text], root: site.root)
        #expect(report.notes.map(\.description) == ["Content/wire.md: the text has no title line; the title was made from its first sentence (correct it in the front matter)"])
        let markdown = try site.read("wire.md")
        let fields = try Self.frontMatter(markdown)
        #expect(fields["title"]?.string == "وصل وفد حماس إلى القاهرة مساء أمس")
        #expect(GenerationRecord(node: fields["mujaz"])?.isGenerated("title", value: .text("وصل وفد حماس إلى القاهرة مساء أمس")) == true)
        #expect(markdown.hasSuffix("---\n\nالقاهرة - 6 أكتوبر 2025 - وصل وفد حماس إلى القاهرة مساء أمس. وتبدأ المفاوضات اليوم.\n"), "the paragraph stays in the body")

        let edited = markdown.replacingOccurrences(of: "title: وصل وفد حماس إلى القاهرة مساء أمس", with: "title: وفد حماس في القاهرة")
        try site.write("wire.md", edited)
        #expect(Self.importer.enrichFiles([site.content.appendingPathComponent("wire.md")], root: site.root).diagnostics.isEmpty)
        #expect(try Self.frontMatter(try site.read("wire.md"))["title"]?.string == "وفد حماس في القاهرة", "the editor's title wins")
        #expect(Self.importer.importFiles([text], root: site.root).notes.map(\.description) == ["Content/wire.md: already imported; the editor's changes to title are kept"])
    }

    @Test func anEditedArticleIsNeverOverwrittenByImport() throws {
        let site = try ImportSiteFolder()
        let text = try site.write("a.txt", Self.cairo)
        _ = Self.importer.importFiles([text], root: site.root)
        let edited = try site.read("a.md").replacingOccurrences(of: "\nplaces:\n- القاهرة\n- غزة\n", with: "\nplaces:\n- مصر\n")
        try site.write("a.md", edited)

        let report = Self.importer.importFiles([text], root: site.root)
        #expect(report.diagnostics.isEmpty && report.written.isEmpty)
        #expect(report.notes.map(\.description) == ["Content/a.md: already imported; the editor's changes to places are kept"])
        #expect(try site.read("a.md") == edited)
    }

    @Test func aTextChangedAfterImportIsReportedAndLeftAlone() throws {
        let site = try ImportSiteFolder()
        let text = try site.write("a.txt", Self.cairo)
        _ = Self.importer.importFiles([text], root: site.root)
        let imported = try site.data("a.md")
        try site.write("a.txt", Self.cairo + "\n\nفقرة أضيفت لاحقا.")
        let handWritten = try site.write("b.md", "---\ntitle: مقال كتبه محرر\n---\n\nنص.\n")
        let otherText = try site.write("b.txt", Self.cairo)
        #expect(ArticleImporter.textFilesToImport(in: site.content).isEmpty, "a build leaves both alone")

        let report = Self.importer.importFiles([text, otherText], root: site.root)
        #expect(report.written.isEmpty)
        #expect(report.diagnostics.map(\.path) == ["Content/a.txt", "Content/b.txt"])
        #expect(report.diagnostics[0].message.contains("earlier version of this text"))
        #expect(report.diagnostics[1].message.contains("not imported by Mujaz"))
        #expect(try site.data("a.md") == imported)
        #expect(try Data(contentsOf: handWritten) == Data("---\ntitle: مقال كتبه محرر\n---\n\nنص.\n".utf8))
    }

    @Test func enrichRefreshesOnlyWhatMujazStillOwns() throws {
        let site = try ImportSiteFolder()
        let text = try site.write("a.txt", Self.cairo)
        _ = Self.importer.importFiles([text], root: site.root)
        let markdownFile = site.content.appendingPathComponent("a.md")
        // The editor corrects the people and adds a key of their own.
        var markdown = try ImportedMarkdown(parsing: site.read("a.md"), path: "a.md")
        markdown.fields["people"] = Node([Node("خليل الحيّة")])
        markdown.fields["tags"] = Node([Node("مفاوضات")])
        try site.write("a.md", markdown.serialized())

        let newModel = ArticleImporter(
            entityFinder: ImportFixedEntityFinder(
                modelVersion: "test-model-2",
                names: [.person: ["خليل"], .organization: ["حماس", "وفد حماس"], .place: ["مصر", "القاهرة"]]
            )
        )
        let report = newModel.enrichFiles([markdownFile], root: site.root)
        #expect(report.diagnostics.isEmpty)
        #expect(report.written == [markdownFile])
        #expect(report.notes.map(\.description) == ["Content/a.md: kept the editor's people"])
        let fields = try Self.frontMatter(site.read("a.md"))
        #expect(fields["people"]?.array().compactMap(\.string) == ["خليل الحيّة"], "the editor's value")
        #expect(fields["organizations"]?.array().compactMap(\.string) == ["حماس", "وفد حماس"], "refreshed")
        #expect(fields["places"]?.array().compactMap(\.string) == ["مصر", "القاهرة"], "refreshed")
        #expect(fields["tags"]?.array().compactMap(\.string) == ["مفاوضات"], "unknown keys kept")
        #expect(GenerationRecord(node: fields["mujaz"])?.model == "test-model-2")

        let afterFirst = try site.data("a.md")
        let second = newModel.enrichFiles([markdownFile], root: site.root)
        #expect(second.written.isEmpty && second.unchanged == [markdownFile])
        #expect(try site.data("a.md") == afterFirst, "a second run changes nothing")

        let importAgain = newModel.importNewArticles(in: site.content)
        #expect(importAgain.written.isEmpty && importAgain.diagnostics.isEmpty)
        #expect(try site.data("a.md") == afterFirst, "import after enrich changes nothing")
    }

    /// An editor's save between enrich's read and its write wins: the rewrite is given up and reported.
    @Test func enrichNeverReplacesAFileSavedSinceItWasRead() throws {
        let site = try ImportSiteFolder()
        _ = Self.importer.importFiles([try site.write("a.txt", Self.cairo)], root: site.root)
        let file = site.content.appendingPathComponent("a.md")
        let read = try ImportedMarkdown(contentsOf: file, path: "Content/a.md")
        let version = try #require(read.readVersion)
        let saved = try site.read("a.md") + "\nسطر أضافه المحرر.\n"
        try site.write("a.md", saved)
        #expect(throws: Diagnostic(path: file.path, message: FileSystem.changedMeanwhile)) {
            try ArticleFileWriting.replace(file.path, text: "نص قديم", read: version)
        }
        #expect(try site.read("a.md") == saved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.content.path).sorted() == ["a.md", "a.txt"], "no temporary file left")
        // Unchanged since read, the same call replaces the file.
        let current = try #require(try ImportedMarkdown(contentsOf: file, path: "Content/a.md").readVersion)
        try ArticleFileWriting.replace(file.path, text: "نص جديد", read: current)
        #expect(try site.read("a.md") == "نص جديد")
    }

    @Test func enrichKeepsEveryByteOutsideTheFieldsItRefreshes() throws {
        let site = try ImportSiteFolder()
        let text = try site.write("a.txt", Self.cairo)
        _ = Self.importer.importFiles([text], root: site.root)
        // The editor comments the front matter, quotes the title their way and adds a key of their own.
        let imported = try site.read("a.md")
        let edited = "---\n# checked by the desk\n" + imported.dropFirst(4)
            .replacingOccurrences(of: "title: مصر", with: "title: 'مصر")
            .replacingOccurrences(of: "القاهرة\ndate:", with: "القاهرة' # the headline as printed\ndate:")
            .replacingOccurrences(of: "organizations:\n", with: "# editors: verify these names\norganizations:\n")
            .replacingOccurrences(of: "places:\n- القاهرة\n", with: "places:\n- القاهرة\n  # the capital\n")
            .replacingOccurrences(of: "mujaz:\n", with: "tags: [مفاوضات] # ours\n\nmujaz:\n")
        try site.write("a.md", edited)

        let newModel = ArticleImporter(
            entityFinder: ImportFixedEntityFinder(
                modelVersion: "test-model-2",
                names: [.person: ["خليل الحية"], .organization: ["حماس"], .place: ["مصر", "القاهرة"]]
            )
        )
        let report = newModel.enrichFiles([site.content.appendingPathComponent("a.md")], root: site.root)
        #expect(report.diagnostics.isEmpty && report.written.count == 1)
        let rewritten = try site.read("a.md")
        let expected = edited
            .replacingOccurrences(of: "places:\n- القاهرة\n  # the capital\n- غزة\n", with: "places:\n- مصر\n- القاهرة\n  # the capital\n")
            .replacingOccurrences(of: "model: test-model-1", with: "model: test-model-2")
            .replacingOccurrences(
                of: "places: " + FieldValue.list(["القاهرة", "غزة"]).fingerprint,
                with: "places: " + FieldValue.list(["مصر", "القاهرة"]).fingerprint
            )
        #expect(rewritten == expected, "only the places and the record changed")
        #expect(try Self.frontMatter(rewritten)["places"]?.array().compactMap(\.string) == ["مصر", "القاهرة"])
    }

    @Test func aFieldRemovedWithItsFingerprintIsGeneratedAgain() throws {
        let site = try ImportSiteFolder()
        let text = try site.write("a.txt", Self.cairo)
        _ = Self.importer.importFiles([text], root: site.root)
        var markdown = try ImportedMarkdown(parsing: site.read("a.md"), path: "a.md")
        markdown.fields["places"] = nil
        markdown.fields["summary"] = nil
        var record = try #require(GenerationRecord(node: markdown.fields["mujaz"]))
        record.fingerprints["places"] = nil
        markdown.fields["mujaz"] = record.node(order: [])
        try site.write("a.md", markdown.serialized())

        let report = Self.importer.enrichArticles(in: site.content)
        #expect(report.written.count == 1)
        let fields = try Self.frontMatter(site.read("a.md"))
        #expect(fields["places"]?.array().compactMap(\.string) == ["القاهرة", "غزة"], "handed back: generated again")
        #expect(fields["summary"] == nil, "removed by the editor, fingerprint kept: stays removed")
    }

    @Test func enrichLeavesArticlesWithoutARecordAlone() throws {
        let site = try ImportSiteFolder()
        let original = "---\ntitle: مقال\nsummary: ملخص كتبه محرر\n---\n\nنص المقال عن القاهرة.\n"
        let file = try site.write("hand.md", original)
        let report = Self.importer.enrichArticles(in: site.content)
        #expect(report.written.isEmpty && report.diagnostics.isEmpty)
        #expect(report.notes.first?.path == "Content/hand.md")
        #expect(try Data(contentsOf: file) == Data(original.utf8))
    }

    @Test func enrichReportsBrokenFrontMatterWithItsLine() throws {
        let site = try ImportSiteFolder()
        try site.write("bad.md", "---\ntitle: [unclosed\n---\n\nنص.\n")
        let report = Self.importer.enrichArticles(in: site.content)
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.path == "Content/bad.md")
        #expect(report.diagnostics.first?.line != nil)
    }

    @Test func slugComesFromTheFileName() {
        #expect(ArticleImporter.slug(of: URL(fileURLWithPath: "/x/Content/cairo talks.txt")) == "cairo-talks")
        #expect(ArticleImporter.slug(of: URL(fileURLWithPath: "/x/Content/مفاوضات القاهرة.txt")) == "مفاوضات-القاهرة")
    }
}
