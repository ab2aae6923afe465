@testable import DevServer
import Foundation
import SiteBuilder
import Testing

@Suite("The site served at its base URL's path, absolute URLs pointed at the preview")
struct MountedSiteTests {
    static let news = MountedSite(location: SiteLocation(baseURL: "https://example.org/news/"))

    @Test("requests map to Public/ under the base URL's path", arguments: [
        ("/news/", MountedSite.Route.site("/")),
        ("/news/articles/%D8%A7/", .site("/articles/%D8%A7/")),
        ("/news/feed.xml", .site("/feed.xml")),
        ("/news", .redirect(to: "/news/")),
        ("/", .redirect(to: "/news/")),
        ("/newsroom/", .outside),
        ("/articles/a/", .outside),
    ])
    func routes(_ path: String, _ route: MountedSite.Route) {
        #expect(Self.news.route(path[...]) == route)
    }

    @Test("a site at the domain's root, or one whose location is unknown, is served at /")
    func rootSite() {
        let root = MountedSite(location: SiteLocation(baseURL: "https://example.org/"))
        #expect(root.route("/articles/a/") == .site("/articles/a/"))
        #expect(MountedSite(location: nil).route("/x/") == .site("/x/"))
    }

    @Test("absolute URLs to the base URL point at the preview, through the Host the page was opened with")
    func rewritesAbsoluteURLs() {
        let page = Data("""
            <link rel="canonical" href="https://example.org/news/articles/a/">
            <a href="/news/articles/b/">b</a> <a href="https://example.org/other/">o</a> https://example.org/news/
            """.utf8)
        let served = String(decoding: Self.news.rewritten(page, host: "localhost:8080"), as: UTF8.self)
        #expect(served == """
            <link rel="canonical" href="http://localhost:8080/news/articles/a/">
            <a href="/news/articles/b/">b</a> <a href="https://example.org/other/">o</a> http://localhost:8080/news/
            """)
        #expect(MountedSite(location: nil).rewritten(page, host: "localhost:8080") == page)
        #expect(Self.news.rewritten(Data("nothing to change".utf8), host: "localhost:8080") == Data("nothing to change".utf8))
    }
}
