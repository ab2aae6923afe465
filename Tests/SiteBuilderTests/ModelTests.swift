import Enrichment
import Foundation
import Testing
@testable import SiteBuilder

@Suite struct ModelTests {
    struct SlugRow: Sendable, CustomStringConvertible {
        var id: String
        var text: String
        var slug: String
        var description: String { id }
    }

    @Test(arguments: [
        SlugRow(id: "keeps Arabic letters", text: "إسرائيل", slug: "إسرائيل"),
        SlugRow(id: "spaces to hyphens", text: "عبد الرحمن  عودة", slug: "عبد-الرحمن-عودة"),
        SlugRow(id: "diacritics and tatweel removed", text: "مُحَمَّـــد", slug: "محمد"),
        SlugRow(id: "punctuation dropped", text: "القاهرة: محادثات «السلام»؟", slug: "القاهرة-محادثات-السلام"),
        SlugRow(id: "path traversal", text: "../../etc/passwd", slug: "etc-passwd"),
        SlugRow(id: "dot only", text: "..", slug: ""),
        SlugRow(id: "slashes", text: "أ/ب", slug: "أ-ب"),
        SlugRow(id: "latin lowercased", text: "Cairo Talks 2024", slug: "cairo-talks-2024"),
        SlugRow(id: "script tag", text: "<script>alert(1)</script>", slug: "script-alert-1-script"),
    ])
    func makesSafeSlugs(_ row: SlugRow) {
        #expect(URLSlug.make(row.text) == row.slug)
    }

    @Test func cutsLongSlugsAtAHyphen() {
        let slug = URLSlug.make(String(repeating: "كلمة طويلة ", count: 40))
        #expect(slug.utf8.count <= URLSlug.maximumBytes)
        #expect(!slug.hasSuffix("-"))
    }

    @Test func resolvesCollisionsDeterministically() {
        #expect(URLSlug.unique(["غزة", "غزة", "", "", "غزة-2"], fallback: "article") == ["غزة", "غزة-2", "article", "article-2", "غزة-2-2"])
    }

    @Test func percentEncodesEverythingButUnreservedASCII() {
        #expect(URLSlug.percentEncoded("places/مصر/") == "places/%D9%85%D8%B5%D8%B1/")
    }

    static func article(_ title: String, _ date: String, people: [String] = [], places: [String] = [], organizations: [String] = [], slug: String? = nil) -> Article {
        let source = ArticleSource(
            path: "Content/\(title).md", title: title, date: ArticleDate(iso: date) ?? ArticleDate(iso: "2024-01-01")!, slug: slug,
            summary: "ملخص", names: [.person: people, .place: places, .organization: organizations], tags: [], draft: false,
            params: [:], markdown: "")
        return Article(source: source, slug: "", bodyHTML: "", wordCount: 0, summary: "ملخص", entityIDs: [])
    }

    static func build(_ articles: [Article]) -> SiteModel {
        let normalizer = EntityNormalizer()
        let identities = NameIdentities().completed(for: articles, identify: { normalizer.identify($0, as: $1) }, parallel: false)
        return SiteModelBuilder.build(articles: articles, config: SiteConfig(), identities: identities)
    }

    @Test func mergesWrittenFormsOnTheMatchingKey() throws {
        let model = Self.build([
            Self.article("أ", "2024-01-01", places: ["الأردن"]),
            Self.article("ب", "2024-01-02", places: ["الاردن"]),
            Self.article("ج", "2024-01-03", places: ["الأردن"]),
        ])
        let places = model.entities.filter { $0.type == .place }
        #expect(places.count == 1)
        let jordan = try #require(places.first)
        #expect(jordan.name == "الأردن")
        #expect(jordan.slug == "الأردن")
        #expect(jordan.articleIDs == [0, 1, 2])
        #expect(model.articles.map(\.title) == ["ج", "ب", "أ"])
    }

    @Test func spellingsOfOneEntityInDifferentArticlesShareAPage() throws {
        let articles = [
            Self.article("أ", "2024-01-01", places: ["أمريكا"]),
            Self.article("ب", "2024-01-02", places: ["اميركا"]),
            Self.article("ج", "2024-01-03", places: ["أمريكا"]),
        ]
        let normalizer = EntityNormalizer()
        let identities = NameIdentities().completed(for: articles, identify: { normalizer.identify($0, as: $1) }, parallel: false)
            .joiningSpellings(isFixed: { _ in false }, generalText: { .none })
        let model = SiteModelBuilder.build(articles: articles, config: SiteConfig(), identities: identities)
        let america = try #require(model.entities.first { $0.type == .place })
        #expect(model.entities.count == 1)
        #expect(america.name == "أمريكا")
        #expect(america.articleIDs == [0, 1, 2])
        // Each article shows the spelling it writes.
        #expect(model.articles.map(\.entityNames) == [["أمريكا"], ["اميركا"], ["أمريكا"]])
        // A name the alias file decides keeps its own page.
        let fixed = NameIdentities().completed(for: articles, identify: { normalizer.identify($0, as: $1) }, parallel: false)
            .joiningSpellings(isFixed: { $0 == "اميركا" }, generalText: { .none })
        #expect(SiteModelBuilder.build(articles: articles, config: SiteConfig(), identities: fixed).entities.count == 2)
    }

    @Test func relatedArticlesByMostSharedEntitiesThenRecency() {
        let model = Self.build([
            Self.article("الأصل", "2024-01-01", people: ["محمد أحمد"], places: ["القاهرة", "غزة"]),
            Self.article("يشارك اثنين قديم", "2024-01-02", people: ["محمد أحمد"], places: ["القاهرة"]),
            Self.article("يشارك واحدا حديث", "2024-01-05", places: ["غزة"]),
            Self.article("يشارك واحدا أقدم", "2024-01-03", places: ["القاهرة"]),
            Self.article("لا يشارك", "2024-01-06", places: ["دمشق"]),
        ])
        let origin = model.articles.firstIndex { $0.title == "الأصل" }!
        #expect(model.related[origin].map { model.articles[$0].title } == ["يشارك اثنين قديم", "يشارك واحدا حديث", "يشارك واحدا أقدم"])
    }

    @Test func olderArticleKeepsAContestedSlug() {
        let model = Self.build([
            Self.article("خبر", "2024-01-02", slug: "same"),
            Self.article("خبر آخر", "2024-01-01", slug: "same"),
        ])
        #expect(model.articles.map(\.slug) == ["same-2", "same"])
    }

    @Test func groupsArticlesByTheDayAsWritten() {
        let model = Self.build([
            Self.article("ليل القاهرة", "2024-01-02T01:00:00+03:00", places: ["القاهرة"]),
            Self.article("نهار", "2024-01-01T12:00:00Z", places: ["القاهرة"]),
            Self.article("مساء", "2024-01-01T20:00:00Z", places: ["غزة"]),
        ])
        #expect(model.days.map(\.day.isoString) == ["2024-01-02", "2024-01-01"])
        #expect(model.days[1].articleIDs.count == 2)
        #expect(model.days[1].topEntities.count == 2)
    }

    @Test func formatsArabicDatesCountsAndReadingTime() {
        let arabic = ArabicFormatter(style: DateStyle())
        let levantineLatin = ArabicFormatter(style: DateStyle(monthNames: .levantine, digits: .latin))
        let day = CalendarDay(year: 2024, month: 10, day: 5)
        #expect(arabic.date(day) == "٥ أكتوبر ٢٠٢٤")
        #expect(levantineLatin.date(day) == "5 تشرين الأول 2024")
        #expect(arabic.count(1, .article) == "مقال واحد")
        #expect(arabic.count(2, .article) == "مقالان")
        #expect(arabic.count(7, .article) == "٧ مقالات")
        #expect(arabic.count(15, .article) == "١٥ مقالًا")
        #expect(arabic.count(100, .article) == "١٠٠ مقال")
        #expect(arabic.readingTime(words: 10) == "قراءة في دقيقة واحدة")
        #expect(arabic.readingTime(words: 139) == "قراءة في دقيقتين")
        #expect(arabic.readingTime(words: 690) == "قراءة في ٥ دقائق")
    }

    @Test func linksNeverCarryHTMLSpecialCharacters() {
        let paths = SitePaths(baseURL: "https://example.org/a&b'c/")
        #expect(paths.rootPath == "/a%26b%27c/")
        #expect(paths.link(paths.entity(.place, "مصر")) == "/a%26b%27c/places/%D9%85%D8%B5%D8%B1/")
        #expect(paths.absolute("feed.xml") == "https://example.org/a%26b%27c/feed.xml")
    }

    @Test func jsonLDCannotCloseItsScript() {
        let literal = JSONText.string("</script><script>alert(1)</script> \"اقتباس\"")
        #expect(!literal.contains("</"))
        #expect(!literal.contains("<"))
        #expect(literal.contains("\\\"اقتباس\\\""))
    }
}
