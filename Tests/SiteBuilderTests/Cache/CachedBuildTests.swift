import Foundation
import Testing
@testable import SiteBuilder

/// The cache end to end: a site rebuilt through the cache ends with the same bytes as a clean build.
@Suite struct CachedBuildTests {
    static let articles = [
        "Content/قمة.md": "---\ntitle: قمة في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n",
        "Content/غزة.md": "---\ntitle: هدنة في غزة\ndate: 2025-10-07\norganizations: [حركة حماس]\nplaces: [قطاع غزة]\n---\nأعلنت الهدنة.\n",
        "Content/اقتصاد.md": "---\ntitle: البنك المركزي المصري\ndate: 2025-10-07\norganizations: [البنك المركزي المصري]\n---\nقرار الفائدة.\n",
    ]

    func makeSite(_ extra: [String: String] = [:]) throws -> TemporarySite {
        try TemporarySite(inputs: Self.articles.merging(extra) { _, new in new })
    }

    func build(_ site: TemporarySite) throws -> BuildSummary {
        try SiteBuild.run(BuildOptions(root: site.root))
    }

    @Test func aRebuildWithNothingChangedWritesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try build(site)
        #expect(first.pagesWritten > 0)
        let second = try build(site)
        #expect(second.pagesWritten == 0)
        #expect(second.pagesUnchanged == first.pagesWritten)
        #expect(second.articles == 3 && second.entityPages == first.entityPages)
    }

    @Test func aFirstBuildSavesEveryCache() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let saved = try FileManager.default.contentsOfDirectory(atPath: site.state.path(percentEncoded: false)).sorted()
        #expect(saved == [ArticleCache.fileName, BuildRecord.fileName, NameIdentityCache.fileName, OutputManifest.fileName,
                          SiteOutline.fileName].sorted())
    }

    /// A build that imports raw text takes the imported articles as import decoded them; a clean build that
    /// parses the `.md` files it wrote must publish the same bytes.
    @Test func aBuildThatImportsEqualsACleanBuildOfItsMarkdown() throws {
        let site = try TemporarySite(inputs: [
            "Content/قمة.txt": "قمة عربية في القاهرة\n\nالإثنين 6 أكتوبر 2025\n\nاستضافت القاهرة اليوم قمة عربية بحضور الرئيس الفلسطيني محمود عباس. وناقش القادة الوضع في غزة.\n",
            "Content/غزة.txt": "\"هدنة\": جديدة في غزة\n\nأعلنت حركة حماس قبول الهدنة. وقالت الأمم المتحدة إن المساعدات ستدخل غزة.\n",
        ])
        defer { site.remove() }
        _ = try build(site)
        let imported = site.publishedFiles()
        try FileManager.default.removeItem(at: site.output)
        try FileManager.default.removeItem(at: site.state)
        _ = try build(site)
        #expect(!imported.isEmpty)
        #expect(site.publishedFiles() == imported)
    }

    struct Change: Sendable, CustomTestStringConvertible {
        let id: String
        let path: String
        let text: String
        var testDescription: String { id }
    }

    static let changes: [Change] = [
        Change(id: "article edited", path: "Content/غزة.md",
               text: "---\ntitle: هدنة جديدة في غزة\ndate: 2025-10-08\norganizations: [حماس]\n---\nتمديد الهدنة.\n"),
        Change(id: "article added", path: "Content/جديد.md", text: "---\ntitle: خبر جديد\ndate: 2025-10-09\nplaces: [الأردن]\n---\nنص.\n"),
        Change(id: "template overridden", path: "Templates/404.mustache",
               text: "{{<layout}}{{$content}}<p>لم نجد الصفحة</p>{{/content}}{{/layout}}"),
        Change(id: "config edited", path: "mujaz.yml", text: "title: موجز المساء\n"),
        Change(id: "title only", path: "Content/قمة.md",
               text: "---\ntitle: قمة عربية في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n"),
        Change(id: "body beyond the lead only", path: "Content/قمة.md",
               text: "---\ntitle: قمة في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n\nوتستمر يومين.\n"),
        Change(id: "entities changed", path: "Content/قمة.md",
               text: "---\ntitle: قمة في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة, غزة]\norganizations: [حماس]\n---\nبدأت القمة اليوم.\n"),
        Change(id: "date moved to another day", path: "Content/قمة.md",
               text: "---\ntitle: قمة في القاهرة\ndate: 2025-10-09\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n"),
        Change(id: "made a draft", path: "Content/قمة.md",
               text: "---\ntitle: قمة في القاهرة\ndate: 2025-10-06\ndraft: true\n---\nبدأت القمة اليوم.\n"),
        Change(id: "alias file renames an entity", path: "Content/entities.yml",
               text: "entities:\n  - name: حركة المقاومة الإسلامية\n    type: organization\n    aliases: [حماس]\n"),
        Change(id: "partial overridden", path: "Templates/partials/article-item.mustache",
               text: "<li class=\"item\"><a href=\"{{{url}}}\">{{title}}</a></li>\n"),
        Change(id: "one page per list item", path: "mujaz.yml", text: "title: موجز\nitems_per_page: 1\n"),
    ]

    @Test(arguments: changes) func aCachedRebuildEqualsACleanBuild(_ change: Change) throws {
        let cached = try makeSite()
        defer { cached.remove() }
        _ = try build(cached)
        try cached.writeInput(change.text, to: change.path)
        let rebuilt = try build(cached)
        #expect(rebuilt.pagesWritten > 0)

        let clean = try makeSite([change.path: change.text])
        defer { clean.remove() }
        _ = try build(clean)
        #expect(cached.publishedFiles() == clean.publishedFiles())
        #expect(!cached.publishedFiles().isEmpty)
    }

    @Test func aBodyEditRendersOnlyItsOwnPage() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        try site.writeInput("---\ntitle: قمة في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n\nوتستمر يومين.\n", to: "Content/قمة.md")
        let rebuilt = try build(site)
        #expect(rebuilt.pagesRendered == 1)
        #expect(rebuilt.pagesWritten == 1)
        #expect(site.publishedFiles()["articles/قمة-في-القاهرة/index.html"]?.contains("وتستمر يومين.") == true)
    }

    @Test func aTitleEditRendersTheArticleAndThePagesThatListIt() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try build(site)
        try site.writeInput("---\ntitle: قمة عربية في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n", to: "Content/قمة.md")
        let rebuilt = try build(site)
        // Not the pages of the other articles' entities, nor the other day's briefing.
        #expect(rebuilt.pagesRendered > 1)
        #expect(rebuilt.pagesRendered < first.pagesRendered / 2)
    }

    @Test func editsBackAndForthEqualACleanBuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let original = try #require(Self.articles["Content/غزة.md"])
        for change in Self.changes where change.path.hasPrefix("Content/") {
            try site.writeInput(change.text, to: change.path)
            _ = try build(site)
        }
        for change in Self.changes where change.path.hasPrefix("Content/") {
            try site.writeInput(Self.articles[change.path] ?? original, to: change.path)
        }
        for added in ["Content/entities.yml", "Content/جديد.md"] {
            try FileManager.default.removeItem(at: site.root.appending(path: added))
        }
        _ = try build(site)
        let clean = try makeSite()
        defer { clean.remove() }
        _ = try build(clean)
        #expect(site.publishedFiles() == clean.publishedFiles())
    }

    @Test func aRawArticleIsImportedAndRenderedInOneBuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        try site.writeInput("محادثات في القاهرة\n\nالتقى وفد من حركة حماس مسؤولين في القاهرة اليوم.\n", to: "Content/محادثات.txt")
        let imported = try build(site)
        #expect(imported.articles == 4)
        #expect(site.publishedFiles().keys.contains("articles/محادثات/index.html"))
        let again = try build(site)
        #expect(again.pagesWritten == 0 && again.pagesRendered == 0)
    }

    @Test func aDeletedOutputIsRebuiltDespiteTheCache() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try build(site)
        let before = site.publishedFiles()
        try FileManager.default.removeItem(at: site.output)
        let second = try build(site)
        #expect(second.pagesWritten == first.pagesWritten)
        #expect(site.publishedFiles() == before)
    }
}
