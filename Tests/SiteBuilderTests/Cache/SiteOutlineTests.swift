import Foundation
import Testing
@testable import SiteBuilder

@Suite struct SiteOutlineTests {
    /// The outline a build saved: every article findable by path, with its listing, entities and related articles.
    @Test func aBuildSavesAnOutlineOfItsModel() throws {
        let site = try TemporarySite(inputs: EditedArticlesBuildTests.articles)
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let outline = try #require(SiteOutline(file: site.state.appending(path: SiteOutline.fileName).path(percentEncoded: false)))
        #expect(outline.articleCount == 4)

        let summit = try #require(outline.index(ofArticleAt: "Content/قمة.md").flatMap(outline.article))
        #expect(summit.title == "قمة في القاهرة" && summit.slug == "قمة-في-القاهرة" && summit.summary == "بدأت القمة اليوم.")
        #expect(summit.isoDate.hasPrefix("2025-10-06"))
        let related = try #require(summit.related.first.flatMap(outline.article))
        #expect(related.title == "لقاء في القاهرة")
        let names = summit.entityIDs.compactMap(outline.entity).map(\.name)
        #expect(names == ["محمود عباس", "القاهرة"])
        #expect(outline.index(ofArticleAt: "Content/غائب.md") == nil)
        #expect(outline.article(outline.articleCount) == nil && outline.entity(-1) == nil)
    }

    @Test func aTruncatedOrForeignFileIsNoOutline() throws {
        var writer = ByteWriter(signature: "mujaz-site-outline 3")
        writer.write(UInt64(7))
        writer.write([0])
        writer.write([Int]())
        writer.write("Content/a.md")
        #expect(SiteOutline(writer.bytes) == nil)
        #expect(SiteOutline(ByteWriter(signature: "mujaz-article-cache 2").bytes) == nil)
        #expect(SiteOutline([]) == nil)
    }
}
