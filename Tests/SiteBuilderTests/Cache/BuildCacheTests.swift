import Foundation
import Testing
@testable import SiteBuilder

@Suite struct BuildCacheTests {
    /// A site with one file of each kind of input, built once and recorded.
    struct BuiltSite {
        let site: TemporarySite
        let options: BuildOptions

        init() throws {
            site = try TemporarySite()
            options = BuildOptions(root: site.root)
            try write("title: موجز\n", to: "mujaz.yml")
            try write("<h1>{{title}}</h1>", to: "Templates/article.mustache")
            try write("- name: حماس\n  aliases: [حركة حماس]\n", to: "Content/entities.yml")
            try write("---\ntitle: خبر\n---\nنص الخبر.\n", to: "Content/أخبار/خبر.md")
            let cache = BuildCache(options: options, tool: "mujaz 1")
            let inputs = cache.scanInputs()
            _ = try site.writer.publish(files(["index.html": "<h1>موجز</h1>", "خبر/index.html": "<p>نص الخبر.</p>"]))
            try cache.recordBuild(of: BuildSummary(articles: 1, entityPages: 0, pagesWritten: 2, pagesUnchanged: 0, seconds: 0), startedFrom: inputs)
        }

        func write(_ text: String, to relative: String) throws {
            let url = site.root.appending(path: relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func isUpToDate(tool: String = "mujaz 1", options: BuildOptions? = nil) -> Bool {
            let cache = BuildCache(options: options ?? self.options, tool: tool)
            return cache.upToDateRecord(for: cache.scanInputs()) != nil
        }
    }

    @Test func aSecondBuildWithNothingChangedIsUpToDate() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        let cache = BuildCache(options: built.options, tool: "mujaz 1")
        let record = try #require(cache.upToDateRecord(for: cache.scanInputs()))
        #expect(record.articles == 1 && record.pages == 2)
    }

    @Test func aNewSiteIsNotUpToDate() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let cache = BuildCache(options: BuildOptions(root: site.root), tool: "mujaz 1")
        #expect(cache.upToDateRecord(for: cache.scanInputs()) == nil)
    }

    struct Edit: Sendable, CustomTestStringConvertible {
        let id: String
        let path: String
        let text: String?
        var testDescription: String { id }
    }

    static let edits: [Edit] = [
        Edit(id: "article edited", path: "Content/أخبار/خبر.md", text: "---\ntitle: خبر معدل\n---\nنص.\n"),
        Edit(id: "article added", path: "Content/جديد.md", text: "---\ntitle: جديد\n---\n"),
        Edit(id: "article deleted", path: "Content/أخبار/خبر.md", text: nil),
        Edit(id: "raw text added", path: "Content/مقال.txt", text: "عنوان\n\nفقرة.\n"),
        Edit(id: "template edited", path: "Templates/article.mustache", text: "<h2>{{title}}</h2>"),
        Edit(id: "partial added", path: "Templates/partials/footer.mustache", text: "<footer></footer>"),
        Edit(id: "config edited", path: "mujaz.yml", text: "title: موجز اليوم\n"),
        Edit(id: "alias file edited", path: "Content/entities.yml", text: "- name: حماس\n"),
    ]

    @Test(arguments: edits) func anyInputChangeInvalidates(_ edit: Edit) throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        if let text = edit.text {
            try built.write(text, to: edit.path)
        } else {
            try FileManager.default.removeItem(at: built.site.root.appending(path: edit.path))
        }
        #expect(!built.isUpToDate())
    }

    @Test func filesBesideTheSiteFoldersAreNotInputs() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        try built.write("ملاحظات التحرير\n", to: "README.md")
        try built.write("serve log\n", to: "serve.log")
        #expect(built.isUpToDate())
    }

    @Test func editsAreSeenWhateverTheSpellingOfTheRootFolder() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        let folderURL = URL(fileURLWithPath: built.site.root.path(percentEncoded: false), isDirectory: true)
        let spelled = BuildOptions(root: folderURL)
        #expect(built.isUpToDate(options: spelled))
        try built.write("---\ntitle: خبر معدل\n---\n", to: "Content/أخبار/خبر.md")
        #expect(!built.isUpToDate(options: spelled))
    }

    @Test func rewritingTheSameBytesKeepsTheCache() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        try built.write("<h1>{{title}}</h1>", to: "Templates/article.mustache")
        try built.write("---\ntitle: خبر\n---\nنص الخبر.\n", to: "Content/أخبار/خبر.md")
        #expect(built.isUpToDate())
    }

    @Test func anotherMujazOrModelInvalidates() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        #expect(!built.isUpToDate(tool: "mujaz 2"))
        #expect(BuildCache.currentTool.contains(MujazVersion.current))
    }

    @Test func otherPageShapingOptionsInvalidate() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        #expect(!built.isUpToDate(options: BuildOptions(root: built.site.root, baseURL: "https://example.org/news/")))
        #expect(!built.isUpToDate(options: BuildOptions(root: built.site.root, output: built.site.root.appending(path: "Elsewhere"))))
    }

    @Test func outputChangedByHandInvalidates() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        try FileManager.default.removeItem(at: built.site.output.appending(path: "خبر"))
        #expect(!built.isUpToDate())
    }

    @Test func anInterruptedPublishInvalidates() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        let manifestFile = built.site.state.appending(path: OutputManifest.fileName).path(percentEncoded: false)
        var manifest = try #require(OutputManifest.load(from: manifestFile, outputFolder: built.site.writer.outputFolder))
        manifest.state = .interrupted
        try manifest.save(to: manifestFile)
        #expect(!built.isUpToDate())
    }

    @Test func anEditMadeDuringTheBuildIsNotRecordedAsBuilt() throws {
        let built = try BuiltSite()
        defer { built.site.remove() }
        let cache = BuildCache(options: built.options, tool: "mujaz 1")
        try built.write("---\ntitle: نسخة أولى\n---\n", to: "Content/أخبار/خبر.md")
        let before = cache.scanInputs()
        _ = try built.site.writer.publish(files(["index.html": "<h1>نسخة أولى</h1>"]))
        try built.write("---\ntitle: نسخة ثانية\n---\n", to: "Content/أخبار/خبر.md")
        try cache.recordBuild(of: BuildSummary(articles: 1, entityPages: 0, pagesWritten: 1, pagesUnchanged: 0, seconds: 0), startedFrom: before)
        #expect(!built.isUpToDate())
    }
}
