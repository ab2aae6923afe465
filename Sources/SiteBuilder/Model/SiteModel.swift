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
    /// The entities most mentioned in the week up to the newest article's day (`SiteModelBuilder.weekDays`), so a
    /// build depends on the articles only, never on the day it runs.
    var trending: [EntityCount] = []
    var directory = EntityDirectory()
}
