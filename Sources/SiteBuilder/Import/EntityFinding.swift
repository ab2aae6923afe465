import Enrichment

/// Finds the named entities of an article for its front matter. The importer takes it as a
/// dependency so that tests can pass a fixed list and the build passes the bundled model.
public protocol EntityFinding: Sendable {
    /// Names the model that found the entities; recorded in front matter.
    var modelVersion: String { get }

    /// Display names per type, most mentioned first, in the article's title and body.
    func entityNames(in text: ArticleText) -> [EntityType: [String]]
}
