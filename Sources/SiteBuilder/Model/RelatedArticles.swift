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
        return articles.indices.map { articleID in
            var shared: [Int: Int] = [:]
            for entityID in articles[articleID].entityIDs where entities[entityID].articleIDs.count <= cutoff {
                for other in entities[entityID].articleIDs where other != articleID {
                    shared[other, default: 0] += 1
                }
            }
            // Article indexes are newest first, so the lower index is the more recent.
            return shared
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(limit)
                .map(\.key)
        }
    }
}
