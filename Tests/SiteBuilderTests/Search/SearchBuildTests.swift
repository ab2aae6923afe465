import Foundation
import Testing
@testable import SiteBuilder

/// The search page, the header box, the script and the index in a built site.
@Suite struct SearchBuildTests {
    @Test(arguments: ["https://example.org/", "https://example.org/news/"])
    func everyPageHasTheBoxAndTheScript(base: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root, baseURL: base))
        let root = SitePaths(baseURL: base).rootPath
        let files = try site.publishedFiles()
        for path in ["search/index.html", "search.js", "search/data/index.json", "search/data/t/0.json", "search/data/d/0.json", "search/data/e/0.json"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"\(root)search/\" method=\"get\">"), "\(path)")
            #expect(html.contains("<script src=\"\(root)search.js\" data-index=\"\(root)search/data/\" defer></script>"), "\(path)")
        }
        let page = try site.page("search/index.html")
        #expect(page.contains("<input id=\"search-query\" type=\"search\" name=\"q\""))
        #expect(page.contains("<ol id=\"search-results\""))
    }

    @Test func recordsLinkArticlesUnderTheBaseURL() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root, baseURL: "https://example.org/news/"))
        let records = try #require(try JSONSerialization.jsonObject(with: Data(site.page("search/data/d/0.json").utf8)) as? [[String]])
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0[0].hasPrefix("/news/articles/") })
        // Newest first, as ids rank recent articles first.
        #expect(records.map { $0[2] } == records.map { $0[2] }.sorted(by: >))
    }

    /// A build that changes nothing the index is made of keeps its files without making them again.
    @Test func aTemplateEditKeepsTheIndex() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let first = try SiteBuild.run(BuildOptions(root: site.root))
        let indexFiles = try site.publishedFiles().keys.filter { $0.hasPrefix(SearchIndex.folder) }.count
        #expect(indexFiles >= 4)
        try site.write("{{<layout}}{{$content}}<h1>غير موجودة</h1>{{/content}}{{/layout}}\n", to: "Templates/404.mustache")
        let second = try SiteBuild.run(BuildOptions(root: site.root))
        // The 404 page and the theme's two assets.
        #expect(second.pagesRendered == 3, "index files: \(indexFiles)")
        #expect(first.pagesRendered > second.pagesRendered + indexFiles)
        try site.write("---\ntitle: خبر جديد عن غزة\ndate: 2024-10-07\n---\nنص.\n", to: "Content/new.md")
        let third = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(third.pagesRendered > indexFiles)
        #expect(try site.page("search/data/d/0.json").contains("خبر جديد عن غزة"))
    }

    @Test func theIndexIsPartOfTheRenderedSite() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let files = try SiteBuild.render(BuildOptions(root: site.root))
        #expect(files.contains { $0.path == "search/data/index.json" })
        #expect(files.contains { $0.path == "search/index.html" })
    }

    /// Whether a word of the fixture's body only (not in any title, summary or entity) is in the index's shards.
    static func indexesBodyWord(_ site: SiteFixture) throws -> Bool {
        let files = try site.publishedFiles()
        return files.contains { path, data in
            path.hasPrefix(SearchIndex.folder + "t/") && String(decoding: data, as: UTF8.self).contains("\"تفاصيل\"")
        }
    }

    @Test func bodiesAreIndexedWhenTheConfigSaysSo() throws {
        let outline = try SiteFixture()
        defer { outline.remove() }
        _ = try SiteBuild.run(BuildOptions(root: outline.root))
        #expect(try !Self.indexesBodyWord(outline))
        let whole = try SiteFixture(config: SiteFixture.config + "search_bodies: true\n")
        defer { whole.remove() }
        _ = try SiteBuild.run(BuildOptions(root: whole.root))
        #expect(try Self.indexesBodyWord(whole))
    }

    /// With bodies indexed, a body edit takes the full build, and the index equals a clean build's.
    @Test func aBodyEditUpdatesAnIndexOfBodies() throws {
        let config = SiteFixture.config + "search_bodies: true\n"
        let site = try SiteFixture(config: config)
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let edited = try #require(SiteFixture.articles["amman.md"]) + "\nوأضاف الوزير تفاصيل جديدة.\n"
        try site.write(edited, to: "Content/amman.md")
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let clean = try SiteFixture(articles: SiteFixture.articles.merging(["amman.md": edited]) { _, new in new }, config: config)
        defer { clean.remove() }
        _ = try SiteBuild.run(BuildOptions(root: clean.root))
        let index = { (files: [String: Data]) in files.filter { $0.key.hasPrefix(SearchIndex.folder) } }
        #expect(index(try site.publishedFiles()) == index(try clean.publishedFiles()))
        #expect(try site.publishedFiles().contains { $0.key.hasPrefix(SearchIndex.folder + "t/") && String(decoding: $0.value, as: UTF8.self).contains("\"وزير\"") })
    }
}
