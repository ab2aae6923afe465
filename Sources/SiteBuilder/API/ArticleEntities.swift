import Enrichment

/// The entities a built site shows for one article: what its page lists and links.
public struct ArticleEntities: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var type: EntityType
        /// The entity's name as the article's page shows it: the spelling the article writes, which links to the
        /// page of every spelling.
        public var name: String
    }

    /// Path relative to the site root (`Content/a.md`).
    public var path: String
    public var entities: [Entry]
}
