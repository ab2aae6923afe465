import Foundation
import Testing
@testable import SiteBuilder

/// Builds the fixture site end to end into a temporary folder.
@Suite struct SiteBuildTests {
    @Test func buildsEveryKindOfPage() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let summary = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(summary.articles == 3)
        let files = try site.publishedFiles()
        for path in ["index.html", "page/2/index.html", "404.html", "entities/index.html", "briefings/index.html",
                     "briefings/2024-10-05/index.html", "feed.xml", "sitemap.xml", "robots.txt", "style.css",
                     "places/الأردن/index.html", "places/الأردن/feed.xml", "organizations/حماس/index.html"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        #expect(files["articles/مسودة-لا-تنشر/index.html"] == nil)
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "\(path)")
            #expect(html.contains("<meta charset=\"utf-8\">"), "\(path)")
            #expect(html.contains("name=\"viewport\""), "\(path)")
            #expect(html.contains("name=\"description\""), "\(path)")
        }
    }

    /// A day with more articles than a page holds is paginated like the home page (`items_per_page: 2`).
    @Test func briefingPagesPaginateLikeTheHomePage() throws {
        var articles = SiteFixture.articles
        articles["evening.md"] = "---\ntitle: خبر المساء\ndate: 2024-10-05T20:00:00+03:00\n---\nنص.\n"
        let site = try SiteFixture(articles: articles)
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let first = try site.page("briefings/2024-10-05/index.html")
        let second = try site.page("briefings/2024-10-05/page/2/index.html")
        #expect(first.contains("خبر المساء") && first.contains("القاهرة تستضيف محادثات التهدئة"), "newest first")
        #expect(!first.contains("عمّان تعلن خطة للمياه"))
        #expect(second.contains("عمّان تعلن خطة للمياه"))
        #expect(first.contains("<a rel=\"next\" href=\"/briefings/2024-10-05/page/2/\">"))
        #expect(second.contains("<a rel=\"prev\" href=\"/briefings/2024-10-05/\">"))
        #expect(second.contains("صفحة ٢ من ٢"))
        #expect(second.contains("٣ مقالات"), "the day's count, not the page's")
        #expect(try site.publishedFiles()["briefings/2024-10-05/page/3/index.html"] == nil)
    }

    @Test func mergesEntitiesAndTitlesTheirPagesWithTheNameOnly() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let jordan = try site.page("places/الأردن/index.html")
        #expect(jordan.components(separatedBy: "<h1").count == 2)
        #expect(jordan.contains("<h1>الأردن</h1>"))
        #expect(jordan.contains("عمّان تعلن خطة للمياه"))
        #expect(jordan.contains("القاهرة تستضيف محادثات التهدئة"))
        #expect(jordan.contains("/places/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86/feed.xml"))
        let files = try site.publishedFiles()
        #expect(!files.keys.contains { $0.hasPrefix("places/الاردن") })
        #expect(!files.keys.contains { $0.hasPrefix("organizations/حركة") })
    }

    @Test func articlePageHasEntitiesJSONLDAndOpenGraph() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let page = try site.page("articles/القاهرة-تستضيف-محادثات-التهدئة/index.html")
        #expect(page.contains("<h1>القاهرة تستضيف محادثات التهدئة</h1>"))
        #expect(page.contains("٥ أكتوبر ٢٠٢٤"))
        #expect(page.contains("قراءة في دقيقة واحدة"))
        #expect(page.contains("\"@type\":\"NewsArticle\""))
        #expect(page.contains("property=\"og:title\""))
        #expect(page.contains("<table>"))
        #expect(page.contains(">محمد أحمد</a>"))
        #expect(page.contains("أخبار ذات صلة"))
        let amman = try site.page("articles/عمان-تعلن-خطة-للمياه/index.html")
        #expect(!amman.contains("<b>لا</b>"))
    }

    @Test func escapesHostileText() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let files = try site.publishedFiles()
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert(1)"), "\(path)")
            #expect(!text.contains("ملخص فيه </script>"), "\(path)")
        }
        let home = try site.page("page/2/index.html")
        #expect(home.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let feed = try site.page("feed.xml")
        #expect(feed.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    }

    @Test func internalLinksResolveAtRootAndUnderASubfolder() throws {
        for base in ["https://example.org/", "https://example.org/news/"] {
            let site = try SiteFixture()
            defer { site.remove() }
            _ = try SiteBuild.run(BuildOptions(root: site.root, baseURL: base))
            let prefix = SitePaths(baseURL: base).rootPath
            let files = try site.publishedFiles()
            for (path, data) in files where path.hasSuffix(".html") {
                let html = String(decoding: data, as: UTF8.self)
                for link in Self.internalLinks(in: html) {
                    #expect(link.hasPrefix(prefix), "\(path): \(link)")
                    var target = String(link.dropFirst(prefix.count)).removingPercentEncoding ?? ""
                    if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                    #expect(files[target] != nil, "\(path) links to missing \(link) (base \(base))")
                }
            }
        }
    }

    static func internalLinks(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
            let link = String(part.prefix { $0 != "\"" })
            return link.hasPrefix("/") ? link : nil
        }
    }

    @Test func buildsAreDeterministicAndParallelEqualsSerial() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let parallel = try SiteBuild.render(BuildOptions(root: site.root, parallel: true))
        let again = try SiteBuild.render(BuildOptions(root: site.root, parallel: true))
        let serial = try SiteBuild.render(BuildOptions(root: site.root, parallel: false))
        #expect(parallel == again)
        #expect(parallel == serial)
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let first = try site.publishedFiles()
        try FileManager.default.removeItem(at: site.publicFolder)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".mujaz"))
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(try site.publishedFiles() == first)
    }

    @Test func failingBuildListsEveryErrorAndLeavesPublicUntouched() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let before = try site.publishedFiles()
        try site.write("---\ntitle: [مكسور\ndate: 2024-01-01\n---\n", to: "Content/broken.md")
        try site.write("---\ntitle: بلا تاريخ\n---\n", to: "Content/undated.md")
        try Data([0x00, 0x01, 0x02]).write(to: site.root.appendingPathComponent("Content/binary.md"))
        try site.write("{{<layout}}{{$content}}{{article.missing}}{{/content}}{{/layout}}", to: "Templates/article.mustache")
        do {
            _ = try SiteBuild.run(BuildOptions(root: site.root))
            Issue.record("the build succeeded")
        } catch let failure as BuildFailure {
            let lines = failure.diagnostics.map(\.description)
            #expect(lines.contains { $0.hasPrefix("Content/broken.md:3: invalid YAML") }, "\(lines)")
            #expect(lines.contains("Content/undated.md:2: missing 'date'"), "\(lines)")
            #expect(lines.contains { $0.hasPrefix("Content/binary.md: binary file") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("Templates/article.mustache:1: unknown template variable 'article.missing'") }, "\(lines)")
            #expect(failure.diagnostics.allSatisfy { $0.step != nil })
        }
        #expect(try site.publishedFiles() == before)
    }

    @Test func initCreatesASiteThatBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try SiteScaffold.create(at: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates/layout.mustache").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content").path))
        #expect(throws: BuildFailure.self) { try SiteScaffold.create(at: folder) }
        let summary = try SiteBuild.run(BuildOptions(root: folder))
        #expect(summary.articles == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Public/index.html").path))
    }
}

/// What the build does with raw `.txt` articles before it loads them.
@Suite struct RawImportBuildTests {
    private static let threeSentences = """
    محادثات في القاهرة

    استضافت القاهرة اليوم جولة جديدة من المحادثات بين الطرفين. وقال مسؤول مصري إن الجولة تناولت ملف المياه. \
    وأضاف أن جولة أخرى ستعقد في عمّان الشهر المقبل.

    """

    @Test(arguments: [1, 3]) func importKeepsTheSummarySentencesOfTheConfig(sentences: Int) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write(SiteFixture.config + "summary_sentences: \(sentences)\n", to: "mujaz.yml")
        try site.write(Self.threeSentences, to: "Content/talks.txt")
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let markdown = try String(contentsOf: site.root.appendingPathComponent("Content/talks.md"), encoding: .utf8)
        let summary = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("summary:") })
        #expect(summary.filter { $0 == "." }.count == sentences, "\(summary)")
    }

    /// An edit to a raw text whose Markdown exists would go unseen: the build says so, once per change.
    @Test func buildWarnsOfARawTextChangedAfterItsImport() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write(Self.threeSentences, to: "Content/talks.txt")
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        try site.write(Self.threeSentences + "\nفقرة أضيفت بعد الاستيراد.\n", to: "Content/talks.txt")
        let summary = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(summary.warnings.map(\.description).contains(
            "Content/talks.txt: changed since it was imported into Content/talks.md, which is what the site shows; edit Content/talks.md, or delete it to import the text again"))
        #expect(try SiteBuild.run(BuildOptions(root: site.root)).warnings.isEmpty, "said once")
    }

    @Test func buildWarnsOfARawArticleDatedByItsFileTime() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write(Self.threeSentences, to: "Content/talks.txt")
        try site.write("خبر مؤرخ\n\nالقاهرة - 5 ديسمبر 2026 - افتتح المعرض.\n", to: "Content/dated.txt")
        let summary = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(summary.warnings.map(\.path) == ["Content/talks.txt"])
        #expect(summary.warnings.first?.message.hasPrefix("no dateline opens the article; dated by the file's modification time") == true)
    }

    /// Import is checked with everything else: a build that fails at its last check (here the templates, checked
    /// after import) writes no `.md`, and every problem of the run is reported at once.
    @Test func aBuildFailingAtItsLastCheckChangesNoFileInContentOrPublic() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        try site.write(Self.threeSentences, to: "Content/talks.txt")
        try site.write("بلا عنوان. فقرة واحدة طويلة من نص وكالة أنباء، كما تصل إلى غرف الأخبار.\n", to: "Content/wire.txt")
        try site.write("  \n", to: "Content/empty.txt")
        try site.write("---\ntitle: بلا تاريخ\n---\n", to: "Content/undated.md")
        try site.write("{{<layout}}{{$content}}{{article.missing}}{{/content}}{{/layout}}", to: "Templates/article.mustache")
        let content = try Self.files(under: site.root.appendingPathComponent("Content"))
        let published = try Self.files(under: site.publicFolder)

        #expect {
            try SiteBuild.run(BuildOptions(root: site.root))
        } throws: { error in
            let lines = (error as? BuildFailure)?.diagnostics.map(\.description) ?? []
            return lines.count == 3
                && lines.contains { $0.hasPrefix("Content/empty.txt:1: empty file") }
                && lines.contains("Content/undated.md:2: missing 'date'")
                && lines.contains { $0.hasPrefix("Templates/article.mustache:1: unknown template variable 'article.missing'") }
        }
        #expect(try Self.files(under: site.root.appendingPathComponent("Content")) == content, "no .md written, no file left behind")
        #expect(try Self.files(under: site.publicFolder) == published)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Templates/article.mustache"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/empty.txt"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/undated.md"))
        let summary = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(summary.articles == 5, "the fixture's published articles and the two imported ones")
        let imported = try Self.files(under: site.root.appendingPathComponent("Content")).keys.filter { $0.hasSuffix(".md") }
        #expect(imported.contains("talks.md") && imported.contains("wire.md"))
        #expect(try site.publishedFiles().keys.contains { $0.hasPrefix("articles/wire/") })
        #expect(try SiteBuild.run(BuildOptions(root: site.root)).pagesWritten == 0, "the Markdown written is an input of the build that wrote it")
    }

    /// Every file under `folder`, hidden ones included, by relative path, with its bytes.
    private static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func articleEntitiesAreWhatTheSitePagesShow() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let lists = try SiteBuild.articleEntities(BuildOptions(root: site.root))
        let cairo = try #require(lists.first { $0.path == "Content/cairo-talks.md" })
        // `حركة حماس` and `الاردن` are listed under the names of the pages they merge into.
        #expect(Set(cairo.entities.map { "\($0.type.tagLabel) \($0.name)" }) == ["PERS محمد أحمد", "ORG حماس", "LOC القاهرة", "LOC الأردن"])
        #expect(!FileManager.default.fileExists(atPath: site.publicFolder.path), "nothing is written")
    }
}
