import Testing
@testable import SiteBuilder

/// An article's `image` becomes a link only when it is an http(s) URL or a path on the site.
@Suite struct ArticleImageTests {
    static let paths = SitePaths(baseURL: "https://example.org/news/")

    @Test func webAddressesAndSitePathsAreKept() {
        #expect(ArticleImage("https://cdn.example.org/a b.jpg", paths: Self.paths) == nil)
        #expect(ArticleImage(" https://cdn.example.org/a.jpg?w=1&h=\"2\" ", paths: Self.paths)?.link == "https://cdn.example.org/a.jpg?w=1%26h=%222%22")
        let sitePicture = ArticleImage("images/صورة.jpg", paths: Self.paths)
        #expect(sitePicture?.link == "/news/images/%D8%B5%D9%88%D8%B1%D8%A9.jpg")
        #expect(sitePicture?.absolute == "https://example.org/news/images/%D8%B5%D9%88%D8%B1%D8%A9.jpg")
        #expect(ArticleImage("/images/a.jpg", paths: Self.paths)?.link == "/news/images/a.jpg")
    }

    @Test func scriptsOtherSchemesAndEscapesGiveNoPicture() {
        for hostile in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:image/png;base64,AAAA",
                        "//evil.example/a.jpg", "https://", "../../etc/passwd", "a/./b.jpg", "\\\\evil\\a.jpg",
                        "java\u{0}script:x", "images/a.jpg\" onerror=\"alert(1)", "vbscript:x", ""] {
            #expect(ArticleImage(hostile, paths: Self.paths) == nil, "\(hostile)")
        }
    }
}
