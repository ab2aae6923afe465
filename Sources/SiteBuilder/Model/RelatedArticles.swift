/// Up to five related articles per article: most shared entities first, then the most recent.
///
/// Uses the entities' article lists as an inverted index instead of comparing all pairs. Like Hugo's
/// related-content index, entities mentioned in more than `commonShare` of a large site are left out:
/// they relate nearly everything and would make the work grow with the square of the site.
enum RelatedArticles {
    static let limit = 5
    static let commonShare = 0.02
    static let minimumCommonCount = 50

    static func find(articles: [Article], entities: [Entity]) -> [[Int]] {
        let cutoff = max(minimumCommonCount, Int(Double(articles.count) * commonShare))
        // Only the ID lists, so the workers do not copy (and retain) whole articles and entities.
        let entityIDsOfArticle = articles.map(\.entityIDs)
        let articleIDsOfEntity = entities.map { $0.articleIDs.count <= cutoff ? $0.articleIDs : [] }
        let articleCount = articles.count
        return Array(articles.indices).concurrentMap(scratch: { FrequencyCounter(size: articleCount) }) { counter, articleID in
            for entityID in entityIDsOfArticle[articleID] {
                counter.add(articleIDsOfEntity[entityID])
            }
            // Article indexes are newest first, so the lower index is the more recent.
            return counter.mostFrequent(excluding: articleID, limit: limit).map(\.id)
        }
    }
}
