import Enrichment

/// A person, organization or place with a page: every written form that identifies to the same key.
struct Entity: Sendable {
    var type: EntityType
    /// The matching key the names were merged on.
    var key: String
    /// The most frequent written form (clitics, titles and descriptors already removed).
    var name: String
    /// The URL segment under the type's folder, unique within the type.
    var slug: String
    /// Indexes into `SiteModel.articles`, newest first.
    var articleIDs: [Int]
    /// Entities most often mentioned in the same articles, with how many articles they share.
    var coMentioned: [EntityCount]
}

/// An entity and how often it was counted (shared articles, mentions of a day).
struct EntityCount: Sendable, Equatable {
    var entityID: Int
    var count: Int
}

extension EntityCount {
    /// One result of `FrequencyCounter.mostFrequent`.
    init(_ counted: (id: Int, count: Int)) {
        self.init(entityID: counted.id, count: counted.count)
    }
}
