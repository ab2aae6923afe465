import Enrichment

/// The entities a built site shows for one article: what its page lists and links.
public struct ArticleEntities: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var type: EntityType
        /// The display name of the entity's page.
        public var name: String
    }

    /// Path relative to the site root (`Content/a.md`).
    public var path: String
    public var entities: [Entry]
}
