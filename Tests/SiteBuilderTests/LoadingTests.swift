import Foundation
import Testing
@testable import SiteBuilder
import Enrichment

@Suite struct LoadingTests {
    static func decode(_ text: String, path: String = "Content/a.md") -> Result<ArticleSource, BuildFailure> {
        SourceText.decode(Data(text.utf8), path: path)
            .mapError { BuildFailure([$0]) }
            .flatMap { FrontMatterDocument.split($0, path: path).mapError { BuildFailure([$0]) } }
            .flatMap { ArticleDecoder.decode($0, path: path) }
    }

    static func diagnostics(_ text: String) -> [String] {
        guard case .failure(let failure) = decode(text) else { return [] }
        return failure.diagnostics.map(\.description)
    }

    @Test func decodesEveryField() throws {
        let article = try Self.decode("""
        ---
        title: "القاهرة تستضيف محادثات"
        date: 2024-10-05T14:30:00+03:00
        slug: cairo-talks
        summary: ملخص قصير.
        people: [محمد أحمد]
        organizations:
          - حركة حماس
        places: القاهرة
        tags: [سياسة]
        draft: false
        source: رويترز
        ---
        النص **هنا**.
        """).get()
        #expect(article.title == "القاهرة تستضيف محادثات")
        #expect(article.date.isoString == "2024-10-05T14:30:00+03:00")
        #expect(article.date.day == CalendarDay(year: 2024, month: 10, day: 5))
        #expect(article.slug == "cairo-talks")
        #expect(article.names[.person] == ["محمد أحمد"])
        #expect(article.names[.organization] == ["حركة حماس"])
        #expect(article.names[.place] == ["القاهرة"])
        #expect(article.tags == ["سياسة"])
        #expect(article.params["source"] == .text("رويترز"))
        #expect(article.markdown == "النص **هنا**.")
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var id: String
        var text: String
        var expected: String
        var description: String { id }
    }

    static let badInputs: [BadInput] = [
        BadInput(id: "invalid YAML", text: "---\ntitle: [غير مغلق\ndate: 2024-01-01\n---\n", expected: "Content/a.md:3: invalid YAML"),
        BadInput(id: "title is a list", text: "---\ntitle: [أ, ب]\ndate: 2024-01-01\n---\n", expected: "Content/a.md:2: 'title' must be text, not a list"),
        BadInput(id: "people is a mapping", text: "---\ntitle: خبر\ndate: 2024-01-01\npeople:\n  a: b\n---\n", expected: "Content/a.md:5: 'people' must be a list of names, not a mapping"),
        BadInput(id: "draft not a flag", text: "---\ntitle: خبر\ndate: 2024-01-01\ndraft: ربما\n---\n", expected: "Content/a.md:4: 'draft' must be true or false"),
        BadInput(id: "bad date", text: "---\ntitle: خبر\ndate: 2024-13-01\n---\n", expected: "Content/a.md:3: 'date' is not an ISO 8601 date"),
        BadInput(id: "missing title", text: "---\ndate: 2024-01-01\n---\n", expected: "Content/a.md:2: missing 'title'"),
        BadInput(id: "no front matter", text: "نص بلا مقدمة\n", expected: "Content/a.md:1: missing front matter"),
        BadInput(id: "front matter not closed", text: "---\ntitle: خبر\n", expected: "Content/a.md:1: front matter is not closed"),
        BadInput(id: "empty", text: " \n\n", expected: "Content/a.md:1: empty file"),
    ]

    @Test(arguments: badInputs) func reportsFileAndLine(_ input: BadInput) {
        let found = Self.diagnostics(input.text)
        #expect(found.contains { $0.hasPrefix(input.expected) }, "\(found)")
    }

    @Test func reportsEveryProblemOfOneFile() {
        let found = Self.diagnostics("---\ntitle: [أ]\ndate: أمس\ndraft: 3\n---\n")
        #expect(found.count == 3)
    }

    @Test func rejectsInvalidUTF8WithItsLine() {
        var bytes = Array("---\ntitle: خبر\n".utf8)
        bytes += [0xFF, 0xFE]
        let result = SourceText.decode(Data(bytes), path: "Content/b.md")
        guard case .failure(let diagnostic) = result else { Issue.record("accepted invalid UTF-8"); return }
        #expect(diagnostic.description.hasPrefix("Content/b.md:3: invalid UTF-8"))
    }

    @Test func rejectsBinaryFiles() {
        let result = SourceText.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), path: "Content/c.md")
        guard case .failure(let diagnostic) = result else { Issue.record("accepted a binary file"); return }
        #expect(diagnostic.message.hasPrefix("binary file"))
    }

    struct DateRow: Sendable, CustomStringConvertible {
        var text: String
        var iso: String?
        var description: String { text }
    }

    @Test(arguments: [
        DateRow(text: "2024-10-05", iso: "2024-10-05T00:00:00Z"),
        DateRow(text: "2024-10-05T14:30", iso: "2024-10-05T14:30:00Z"),
        DateRow(text: "2024-10-05 14:30:15.25+0300", iso: "2024-10-05T14:30:15+03:00"),
        DateRow(text: "2024-02-29T23:00:00-05:00", iso: "2024-02-29T23:00:00-05:00"),
        DateRow(text: " 2024-10-05T14:30z\t", iso: "2024-10-05T14:30:00Z"),
        DateRow(text: "\u{00A0}2024-10-05", iso: "2024-10-05T00:00:00Z"),
        DateRow(text: "2023-02-29", iso: nil),
        DateRow(text: "٢٠٢٤-١٠-٠٥", iso: nil),
        DateRow(text: "2024-10-05T25:00", iso: nil),
        DateRow(text: "أمس", iso: nil),
    ])
    func parsesISODates(_ row: DateRow) {
        #expect(ArticleDate(iso: row.text)?.isoString == row.iso)
    }

    @Test func ordersDatesByInstantAcrossOffsets() throws {
        let cairo = try #require(ArticleDate(iso: "2024-10-05T10:00:00+03:00"))
        let utc = try #require(ArticleDate(iso: "2024-10-05T08:00:00Z"))
        #expect(cairo < utc)
        #expect(utc.instant - cairo.instant == 3_600)
        #expect(ArticleDate(iso: "1970-01-02")?.instant == 86_400)
    }

    @Test func readsConfigWithLinesForBadKeys() throws {
        let config = try Self.loadConfig("title: أخبار\nbase_url: https://example.org/news\ndate_style:\n  months: levantine\n  digits: latin\nitems_per_page: 5\n").get()
        #expect(config.title == "أخبار")
        #expect(config.baseURL == "https://example.org/news/")
        #expect(config.dateStyle == DateStyle(monthNames: .levantine, digits: .latin))
        #expect(config.itemsPerPage == 5)

        guard case .failure(let failure) = try Self.loadConfig("title: أخبار\nitems_per_page: صفر\ndirection: up\n") else {
            Issue.record("accepted a bad config"); return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "mujaz.yml:2: 'items_per_page' must be a whole number from 1 to 1000",
            "mujaz.yml:3: 'direction' must be rtl or ltr",
        ])
    }

    /// A number that would overflow the page arithmetic, an alias bomb, a control character: each a diagnostic on
    /// its own line, never a crash or a machine out of memory.
    @Test(arguments: [
        ("title: أخبار\nitems_per_page: 9223372036854775807\n", "mujaz.yml:2: 'items_per_page' must be a whole number from 1 to 1000"),
        ("title: أخبار\nsummary_sentences: 0\n", "mujaz.yml:2: 'summary_sentences' must be a whole number from 1 to 20"),
        // Found by the config fuzz target: Yams reads `a:b` as a number in base 60, and trapped on the overflow.
        ("title: أخبار\nsummary_sentences: -461168601842738790:5\n", "mujaz.yml:2: 'summary_sentences' must be a whole number from 1 to 20"),
        ("title: أخبار\nitems_per_page: 1:30\n", "mujaz.yml:2: 'items_per_page' must be a whole number from 1 to 1000"),
        (LoadingTests.aliasBomb, "mujaz.yml:"),
        ("title: أخبار\ndescription: نص\nlanguage: ar\u{01}\n", "mujaz.yml:3: invalid YAML: control characters are not allowed"),
    ])
    func hostileConfigsAreDiagnosedOnTheirLine(_ text: String, _ expected: String) throws {
        guard case .failure(let failure) = try Self.loadConfig(text) else {
            Issue.record("accepted a hostile config"); return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.description.hasPrefix(expected) == true, "\(failure.diagnostics)")
    }

    /// A bad base URL is blamed on where it was written: the option, or its own line of mujaz.yml.
    @Test func aBadBaseURLIsBlamedOnWhereItWasWritten() throws {
        let fromOption = try Self.loadConfig("title: أخبار\nbase_url: https://example.org/news/\n", baseURLOverride: "example.org")
        #expect(fromOption.failure?.diagnostics.map(\.description) == [
            "--base-url: base URL must be an absolute http(s) URL such as https://example.org/news/: example.org",
        ])
        let fromFile = try Self.loadConfig("title: أخبار\nlanguage: ar\nbase_url: ftp://example.org/\n")
        #expect(fromFile.failure?.diagnostics.map(\.description) == [
            "mujaz.yml:3: base URL must be an absolute http(s) URL such as https://example.org/news/: ftp://example.org/",
        ])
    }

    /// `text` as `mujaz.yml`, read as the build reads it.
    static func loadConfig(_ text: String, baseURLOverride: String? = nil) throws -> Result<SiteConfig, BuildFailure> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mujaz.yml")
        try text.write(to: file, atomically: false, encoding: .utf8)
        return SiteConfigLoader.load(from: file, path: "mujaz.yml", baseURLOverride: baseURLOverride)
    }

    /// A site's theme files: regular files and links to them, in name order, subfolders included, hidden files
    /// and folders left out.
    @Test func listsTheSiteThemeFiles() throws {
        let site = try SiteFixture(articles: [:])
        defer { try? FileManager.default.removeItem(at: site.root) }
        for path in ["Templates/partials/header.mustache", "Templates/article.mustache", "Templates/.draft.mustache",
                     "Templates/.git/config", "Templates/style.css"] {
            try site.write("x", to: path)
        }
        let templates = site.root.appendingPathComponent("Templates")
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("linked.mustache").path,
                                                   withDestinationPath: templates.appendingPathComponent("article.mustache").path)
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("linked-folder").path,
                                                   withDestinationPath: templates.appendingPathComponent("partials").path)
        let files = ThemeLoader.siteFiles(in: templates).map { ContentLoader.relativePath(of: $0, to: templates) }
        #expect(files == ["article.mustache", "linked.mustache", "partials/header.mustache", "style.css"])
    }

    /// Ten levels of ten aliases: 10¹⁰ values from a few hundred bytes.
    static let aliasBomb = "title: أخبار\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + (1...9).map { level in
        "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }.joined()

    /// Refused by counting the values aliases expand to, so the work is bounded by the limit, not by the bomb.
    @Test func anAliasBombIsRefused() throws {
        #expect(throws: YAMLText.LimitExceeded.self) { try YAMLText.compose(Self.aliasBomb) }
        let diagnostic = YAMLErrorDiagnostic.make(YAMLText.LimitExceeded(line: 3, message: "too many"), path: "a.md", firstLine: 2)
        #expect(diagnostic.description == "a.md:4: YAML too large: too many")
    }
}
