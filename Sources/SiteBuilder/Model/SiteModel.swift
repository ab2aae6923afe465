/// The whole site as values: what rendering reads, nothing it has to compute again.
struct SiteModel: Sendable {
    var config: SiteConfig
    /// Newest first.
    var articles: [Article]
    /// Sorted by type, then matching key.
    var entities: [Entity]
    /// For each article, up to `RelatedArticles.limit` related article indexes.
    var related: [[Int]]
    /// Newest day first.
    var days: [DayBriefing]
}
