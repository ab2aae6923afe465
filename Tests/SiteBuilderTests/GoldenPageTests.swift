import Foundation
import Testing
@testable import SiteBuilder

/// Every kind of page, feed and crawler file of the fixture site, compared byte for byte with its golden copy in
/// `GoldenPages/`. After a deliberate change to the output, `make golden` (`MUJAZ_RECORD_GOLDEN=1 swift test
/// --filter GoldenPageTests`) writes them anew; review the diff before committing it.
@Suite(.serialized) struct GoldenPageTests {
    /// One output of each kind, by its path under `Public/`.
    static let pages = [
        "articles/القاهرة-تستضيف-محادثات-التهدئة/index.html",
        "index.html",
        "page/2/index.html",
        "places/القاهرة/index.html",
        "places/القاهرة/page/2/index.html",
        "entities/index.html",
        "briefings/2024-10-05/index.html",
        "briefings/index.html",
        "404.html",
        "search/index.html",
        "feed.xml",
        "places/القاهرة/feed.xml",
        "sitemap.xml",
        "news-sitemap.xml",
        "robots.txt",
    ]

    /// The fixture site, with one more article so that an entity (القاهرة) has a second page.
    static let published: Result<[String: Data], any Error> = Result {
        var articles = SiteFixture.articles
        articles["cairo-water.md"] = """
        ---
        title: القاهرة تفتتح محطة مياه
        date: 2024-10-03T08:15:00+03:00
        summary: افتتحت القاهرة محطة جديدة لتحلية المياه.
        places:
          - القاهرة
        ---
        افتتحت القاهرة محطة جديدة لتحلية المياه.

        """
        let site = try SiteFixture(articles: articles)
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        return try site.publishedFiles()
    }

    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GoldenPages")

    private static func goldenFile(of page: String) -> URL {
        folder.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
    }

    @Test(arguments: pages) func pageIsItsGoldenCopy(_ page: String) throws {
        let actual = try #require(try Self.published.get()[page], "the build wrote no \(page)")
        let golden = Self.goldenFile(of: page)
        if ProcessInfo.processInfo.environment["MUJAZ_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: golden)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: golden.path), "no golden copy of \(page): run `make golden`")
        #expect(actual == expected, "\(page) differs from its golden copy:\n\(Self.difference(expected, actual))")
    }

    @Test func everyGoldenCopyIsAPageOfTheList() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files == Self.pages.map { Self.goldenFile(of: $0).lastPathComponent }.sorted())
    }

    /// The first lines that differ, numbered, golden (-) above built (+).
    private static func difference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for number in 0..<max(old.count, new.count) where lines.count < 30 {
            let before = number < old.count ? old[number] : nil
            let after = number < new.count ? new[number] : nil
            guard before != after else { continue }
            if let before { lines.append("\(number + 1) - \(before)") }
            if let after { lines.append("\(number + 1) + \(after)") }
        }
        return lines.joined(separator: "\n")
    }
}
