import Foundation
import Testing
@testable import SiteBuilder

/// The front page, the entity pages and the directory of the fixture site, as readers see them.
@Suite struct FrontPageTests {
    static let site: Result<[String: String], any Error> = Result {
        var articles = SiteFixture.articles
        articles["pictured.md"] = """
        ---
        title: صورة من القاهرة
        date: 2024-09-20T07:05:00+03:00
        image: "javascript:alert(1)"
        author: [سارة علي, "<b>محمود</b>"]
        places: [القاهرة]
        ---
        زار الوفد القاهرة.

        """
        articles["old.md"] = """
        ---
        title: خبر قديم من الأردن
        date: 2024-08-01
        image: images/amman.jpg
        places: [الأردن]
        ---
        خبر قديم.

        """
        let site = try SiteFixture(articles: articles)
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        return try site.publishedFiles().mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func page(_ path: String) throws -> String {
        try #require(try site.get()[path], "no \(path)")
    }

    @Test func theFrontPageHasALeadTheLatestBriefingAndTheWeeksNames() throws {
        let home = try Self.page("index.html")
        #expect(home.components(separatedBy: "<h1").count == 2)
        #expect(home.contains("<h2 id=\"lead-title\" class=\"lead-title\"><a href=\"/articles/%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9-"))
        #expect(home.contains("<a href=\"/briefings/2024-10-05/\">موجز ٥ أكتوبر ٢٠٢٤ كاملًا</a>"))
        // The week up to the newest article (5 October) leaves out 20 September and 1 August.
        let trending = try #require(home.components(separatedBy: "trending-title").last)
        #expect(trending.contains("القاهرة</a> <span class=\"count\">٢</span>"))
    }

    @Test func creditsAreEscapedAndHostilePicturesDropped() throws {
        let article = try #require(try Self.site.get().first { $0.key.hasPrefix("articles/") && $0.value.contains("صورة من القاهرة</h1>") }?.value)
        #expect(article.contains("بقلم سارة علي، &lt;b&gt;محمود&lt;/b&gt;"))
        #expect(!article.contains("javascript:"))
        #expect(!article.contains("og:image"))
        let old = try #require(try Self.site.get().first { $0.key.hasPrefix("articles/") && $0.value.contains("خبر قديم من الأردن</h1>") }?.value)
        #expect(old.contains("<meta property=\"og:image\" content=\"https://example.org/images/amman.jpg\">"))
        #expect(old.contains("<img class=\"article-image\" src=\"/images/amman.jpg\" alt=\"\""))
    }

    @Test func entityPagesHaveOneHeadingATimelineAndTheirArticles() throws {
        let cairo = try Self.page("places/القاهرة/index.html")
        #expect(cairo.components(separatedBy: "<h1").count == 2)
        #expect(cairo.contains("<svg class=\"timeline\""))
        #expect(cairo.contains("<title id=\"timeline-title\">ذكر القاهرة عبر الزمن</title>"))
        #expect(!cairo.contains("<script>"))
        #expect(!(try Self.page("places/القاهرة/page/2/index.html")).contains("<svg"))
    }

    @Test func theDirectoryHasTypeTabsAndALetterIndex() throws {
        let overview = try Self.page("entities/index.html")
        #expect(overview.contains("<nav class=\"tabs\""))
        let places = try Self.page("entities/places/index.html")
        #expect(places.contains("<nav class=\"letters\""))
        // `الأردن` is indexed under ا as أردن, `القاهرة` under ق.
        let alef = try Self.page("entities/places/ا/index.html")
        #expect(alef.contains(">الأردن</a>"))
        #expect(try Self.page("entities/places/ق/index.html").contains(">القاهرة</a>"))
    }
}
