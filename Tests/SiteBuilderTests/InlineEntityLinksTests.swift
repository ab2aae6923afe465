import Testing
@testable import SiteBuilder

/// The first mention of each entity in an article's body links to its page, found as the extractor finds names.
@Suite struct InlineEntityLinksTests {
    static let targets = [
        InlineEntityLinks.Target(name: "حماس", url: "/organizations/hamas/"),
        InlineEntityLinks.Target(name: "القاهرة", url: "/places/cairo/"),
        InlineEntityLinks.Target(name: "وزارة الخارجية المصرية", url: "/organizations/mfa/"),
        InlineEntityLinks.Target(name: "غزة", url: "/places/gaza/"),
        InlineEntityLinks.Target(name: "إسرائيل", url: "/places/israel/"),
    ]

    static let body = """
        <h2>حماس في القاهرة</h2>
        <p>قال <a href="https://example.org/">وزارة الخارجية المصرية</a> إن <code>غزة</code> تنتظر.</p>
        <p>وصل وفد لحماس وبالقاهرة التقى ممثلين عن لوزارة الخارجية المصريه &amp; إسرائيل&quot;.</p>
        <p>وعاد وفد حماس إلى القاهرة، ثم إلى غزة وإسرائيل.</p>

        """

    @Test func firstMentionsOnlyWithCliticsAndNotInHeadingsLinksOrCode() throws {
        try GoldenFragment.check(InlineEntityLinks.linking(Self.body, to: Self.targets), named: "inline-links.html")
    }

    @Test func aBodyWithoutMentionsIsUnchanged() {
        let body = "<p>لا أسماء هنا.</p>\n"
        #expect(InlineEntityLinks.linking(body, to: Self.targets) == body)
        #expect(InlineEntityLinks.linking(Self.body, to: []) == Self.body)
    }

    @Test func spellingVariantsMatchTheWrittenName() {
        // Hamza seat, taa marbuta and harakat are folded as in the matching key.
        let linked = InlineEntityLinks.linking("<p>زار الوفد اسرائيل وغزه.</p>", to: Self.targets)
        #expect(linked == "<p>زار الوفد <a class=\"entity-link\" href=\"/places/israel/\">اسرائيل</a> <a class=\"entity-link\" href=\"/places/gaza/\">وغزه</a>.</p>")
    }

    @Test func theLongerNameWinsWhereTwoStartTogether() {
        let targets = [
            InlineEntityLinks.Target(name: "دونالد", url: "/people/donald/"),
            InlineEntityLinks.Target(name: "دونالد ترامب", url: "/people/trump/"),
        ]
        let linked = InlineEntityLinks.linking("<p>قال دونالد ترامب ثم دونالد.</p>", to: targets)
        #expect(linked == "<p>قال <a class=\"entity-link\" href=\"/people/trump/\">دونالد ترامب</a> ثم <a class=\"entity-link\" href=\"/people/donald/\">دونالد</a>.</p>")
    }
}
