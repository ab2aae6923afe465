import Enrichment
import SiteBuilder

/// A stand-in for the tagger: the names of `names` that occur in the text, in the order given.
struct ImportFixedEntityFinder: EntityFinding {
    var modelVersion: String
    var names: [EntityType: [String]]

    func entityNames(in text: ArticleText) -> [EntityType: [String]] {
        let sentences = text.sentences.map { String($0.text) }
        return names.mapValues { $0.filter { name in sentences.contains { $0.contains(name) } } }
    }
}
