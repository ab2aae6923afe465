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

    private struct FormKey: Hashable {
        var slot: Int
        var name: ByteKey
    }

    private static func mergeEntities(_ articles: inout [Article], identities: NameIdentities) -> [Entity] {
        // Each distinct written name is resolved once to an entity slot (type and matching key) and a form (its
        // cleaned display name); the loop over every mention below then does one lookup and counts in arrays.
        var slotOf: [EntityKey: Int] = [:], slotKeys: [EntityKey] = []
        var formOf: [FormKey: Int] = [:], formSlots: [Int] = [], formNames: [ByteKey] = []
        var resolved: [NameIdentities.Name: (slot: Int, form: Int)] = [:]
        for (name, identity) in identities.identities {
            guard let identity, !identity.key.isEmpty, !identity.name.isEmpty else { continue }
            let key = EntityKey(type: name.type, key: ByteKey(identity.key))
            let slot = slotOf[key] ?? slotKeys.count
            if slot == slotKeys.count { slotOf[key] = slot; slotKeys.append(key) }
            let formKey = FormKey(slot: slot, name: ByteKey(identity.name))
            let form = formOf[formKey] ?? formNames.count
            if form == formNames.count { formOf[formKey] = form; formSlots.append(slot); formNames.append(formKey.name) }
            resolved[name] = (slot, form)
        }
        var formCounts = Array(repeating: 0, count: formNames.count)
        var mentions = Array(repeating: [Int](), count: slotKeys.count)
        var lastArticle = Array(repeating: -1, count: slotKeys.count)
        var articleSlots = Array(repeating: [(slot: Int, form: Int)](), count: articles.count)
        // By index, so no whole article is copied (and retained field by field) in this hot loop.
        for articleID in articles.indices {
            for type in EntityType.allCases {
                for written in articles[articleID].source.names[type] ?? [] {
                    guard let (slot, form) = resolved[NameIdentities.Name(type: type, written: ByteKey(written))] else { continue }
                    formCounts[form] += 1
                    if lastArticle[slot] != articleID {
                        lastArticle[slot] = articleID
                        mentions[slot].append(articleID)
                        articleSlots[articleID].append((slot, form))
                    }
                }
            }
        }
        let used = slotKeys.indices.filter { !mentions[$0].isEmpty }
            .sorted { (slotKeys[$0].type, slotKeys[$0].key) < (slotKeys[$1].type, slotKeys[$1].key) }
        // Most frequent written form; ties go to the first in byte order, so builds are deterministic.
        var bestForm = Array(repeating: -1, count: slotKeys.count)
        for form in formNames.indices where formCounts[form] > 0 {
            let best = bestForm[formSlots[form]]
            if best < 0 || formCounts[form] > formCounts[best] || (formCounts[form] == formCounts[best] && formNames[form] < formNames[best]) {
                bestForm[formSlots[form]] = form
            }
        }
        let keys = used.map { slotKeys[$0] }
        let names = used.map { formNames[bestForm[$0]].text }
        var slugs = Array(repeating: "", count: keys.count)
        for type in EntityType.allCases {
            let indexes = keys.indices.filter { keys[$0].type == type }
            let unique = URLSlug.unique(indexes.map { URLSlug.make(names[$0]) }, fallback: type.rawValue)
            for (index, slug) in zip(indexes, unique) { slugs[index] = slug }
        }
        var idOfSlot = Array(repeating: -1, count: slotKeys.count)
        for (id, slot) in used.enumerated() { idOfSlot[slot] = id }
        for articleID in articles.indices {
            let entries = articleSlots[articleID].map { (id: idOfSlot[$0.slot], form: $0.form) }.sorted { $0.id < $1.id }
            articles[articleID].entityIDs = entries.map(\.id)
            articles[articleID].entityNames = entries.map { formNames[$0.form].text }
        }
        // Only the entity lists, so the workers do not copy (and retain) whole articles.
        let entityIDsOfArticle = articles.map(\.entityIDs), articlesOfSlot = mentions, entitySlugs = slugs
        let entityCount = keys.count
        return Array(used.enumerated()).concurrentMap(scratch: { FrequencyCounter(size: entityCount) }) { counter, entry in
            let (id, slot) = entry
            let articleIDs = articlesOfSlot[slot]
            for articleID in articleIDs { counter.add(entityIDsOfArticle[articleID]) }
            return Entity(
                type: keys[id].type, key: keys[id].key.text, name: names[id], slug: entitySlugs[id], articleIDs: articleIDs,
                coMentioned: counter.mostFrequent(excluding: id, limit: coMentionLimit).map(EntityCount.init)
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
        return counter.mostFrequent(excluding: excluded, limit: limit).map(EntityCount.init)
    }
}
