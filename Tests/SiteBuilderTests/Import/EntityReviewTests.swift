import Foundation
import Testing
@testable import Enrichment
@testable import SiteBuilder

/// `mujaz entities --review`: every entity the rules find in the site's articles, with a page or left out.
@Suite struct EntityReviewTests {
    /// "The model" tags the given names with a margin of 1; the name lists know `بويل`.
    private func extractor(_ phrases: [String: String]) -> EntityExtractor {
        EntityExtractor(
            words: WordKnowledge(isListedName: { $0 == "بويل" }, isListedPlace: { _ in false }, isName: { $0 == "بويل" }, isCommonInTraining: { _ in false },
                                 isKnownWord: { _ in false }, frequencies: .none),
            rules: .all
        ) { sentences in
            sentences.map { words in words.map { word in (tag: phrases[String(word)].map { "B-" + $0 } ?? "O", margin: Float(1)) } }
        }
    }

    @Test func rowsSayWhichEntitiesHavePagesAndWhyOthersDoNot() throws {
        let site = try ImportSiteFolder()
        try site.write("a.md", "---\ntitle: تجارب بويل\n---\n\nأجرى بويل تجاربه في لندن. ودرس ساثرلاند معه.\n")
        try site.write("b.md", "---\ntitle: لندن\n---\n\nعاد بويل إلى لندن.\n")
        try site.write("broken.md", "---\ntitle: [\n---\n\nنص.\n")
        let review = EntityReview.rows(content: site.content, extractor: extractor(["بويل": "PERS", "ساثرلاند": "PERS", "لندن": "LOC"]))
        #expect(review.rows.map { "\($0.type.tagLabel) \($0.name) \($0.articles) \($0.mentions) \($0.leftOut?.rawValue ?? "page")" } == [
            "PERS بويل 2 3 page",
            "LOC لندن 2 3 page",
            "PERS ساثرلاند 1 1 said once, known to no list",
        ])
        #expect(review.rows.allSatisfy { $0.confidence == 1 })
        #expect(review.diagnostics.map(\.path) == ["Content/broken.md"])
    }
}
