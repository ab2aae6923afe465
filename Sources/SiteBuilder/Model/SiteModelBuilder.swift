import ArabicText
import Enrichment

/// Builds the site model from rendered articles: order, URLs, entities, related articles, days.
enum SiteModelBuilder {
    /// Entities shown as "mentioned with" on an entity page, and on a day's briefing.
    static let coMentionLimit = 10
    static let dayEntityLimit = 10

    static func build(articles unordered: [Article], config: SiteConfig, identities: NameIdentities) -> SiteModel {
        // Newest first; equal dates by path. Keys are taken once, as bytes, so the sort does no Unicode work.
        let order = unordered.indices.map { (index: $0, instant: unordered[$0].date.instant, iso: ByteKey(unordered[$0].date.isoString), path: ByteKey(unordered[$0].source.path)) }
            .sorted { lhs, rhs in
                if lhs.instant != rhs.instant { return lhs.instant > rhs.instant }
                if lhs.iso != rhs.iso { return rhs.iso < lhs.iso }
                return lhs.path < rhs.path
            }
        var articles = order.map { unordered[$0.index] }
        assignSlugs(&articles)
        let entities = mergeEntities(&articles, identities: identities)
        return SiteModel(
            config: config,
            articles: articles,
            entities: entities,
            related: RelatedArticles.find(articles: articles, entities: entities),
            days: briefings(articles: articles, entities: entities)
        )
    }

    /// The oldest article keeps a contested URL, so adding articles never moves an existing page.
    private static func assignSlugs(_ articles: inout [Article]) {
        let oldestFirst = Array(articles.indices.reversed())
        let slugs = URLSlug.unique(oldestFirst.map { URLSlug.make(articles[$0].source.slug ?? articles[$0].title) }, fallback: "article")
        for (index, slug) in zip(oldestFirst, slugs) {
            articles[index].slug = slug
        }
    }

    private struct EntityKey: Hashable {
        var type: EntityType
        var key: ByteKey
    }

    private static func mergeEntities(_ articles: inout [Article], identities: NameIdentities) -> [Entity] {
        var forms: [EntityKey: [ByteKey: Int]] = [:]
        var mentions: [EntityKey: [Int]] = [:]
        var articleKeys: [[EntityKey]] = Array(repeating: [], count: articles.count)
        // By index, so no whole article is copied (and retained field by field) in this hot loop.
        for articleID in articles.indices {
            var seen = Set<EntityKey>()
            for type in EntityType.allCases {
                for written in articles[articleID].source.names[type] ?? [] {
                    guard let identity = identities.identity(of: written, as: type), !identity.key.isEmpty, !identity.name.isEmpty else { continue }
                    let key = EntityKey(type: type, key: ByteKey(identity.key))
                    forms[key, default: [:]][ByteKey(identity.name), default: 0] += 1
                    if seen.insert(key).inserted {
                        mentions[key, default: []].append(articleID)
                        articleKeys[articleID].append(key)
                    }
                }
            }
        }
        let keys = mentions.keys.sorted { ($0.type, $0.key) < ($1.type, $1.key) }
        let names = keys.map { key in
            // Most frequent written form; ties go to the alphabetically first, so builds are deterministic.
            (forms[key, default: [:]].max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key ?? key.key).text
        }
        var slugs = Array(repeating: "", count: keys.count)
        for type in EntityType.allCases {
            let indexes = keys.indices.filter { keys[$0].type == type }
            let unique = URLSlug.unique(indexes.map { URLSlug.make(names[$0]) }, fallback: type.rawValue)
            for (index, slug) in zip(indexes, unique) { slugs[index] = slug }
        }
        var idOf: [EntityKey: Int] = [:]
        for (id, key) in keys.enumerated() { idOf[key] = id }
        for articleID in articles.indices {
            articles[articleID].entityIDs = articleKeys[articleID].compactMap { idOf[$0] }.sorted()
        }
        // Only the entity lists, so the workers do not copy (and retain) whole articles.
        let entityIDsOfArticle = articles.map(\.entityIDs), mentionsByKey = mentions, entitySlugs = slugs
        let entityCount = keys.count
        return Array(keys.enumerated()).concurrentMap(scratch: { FrequencyCounter(size: entityCount) }) { counter, entry in
            let (id, key) = entry
            let articleIDs = mentionsByKey[key] ?? []
            for articleID in articleIDs { counter.add(entityIDsOfArticle[articleID]) }
            return Entity(
                type: key.type, key: key.key.text, name: names[id], slug: entitySlugs[id], articleIDs: articleIDs,
                coMentioned: counter.mostFrequent(excluding: id, limit: coMentionLimit)
            )
        }
    }

    private static func briefings(articles: [Article], entities: [Entity]) -> [DayBriefing] {
        var byDay: [CalendarDay: [Int]] = [:]
        for (id, article) in articles.enumerated() {
            byDay[article.date.day, default: []].append(id)
        }
        return byDay.keys.sorted(by: >).map { day in
            let ids = byDay[day] ?? []
            return DayBriefing(day: day, articleIDs: ids, topEntities: topCounts(of: ids.flatMap { articles[$0].entityIDs }, excluding: nil, limit: dayEntityLimit))
        }
    }

    /// The most frequent entity IDs, most frequent first, ties by ID.
    static func topCounts(of ids: [Int], excluding excluded: Int?, limit: Int) -> [EntityCount] {
        var counter = FrequencyCounter(size: (ids.max() ?? -1) + 1)
        counter.add(ids)
        return counter.mostFrequent(excluding: excluded, limit: limit)
    }
}
