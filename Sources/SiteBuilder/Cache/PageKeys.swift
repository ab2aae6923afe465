import Enrichment

/// The render key of each generated file: a digest of everything the file is made from, so a file whose key is
/// the one recorded with it by the last build is still exactly right and need not be rendered again.
///
/// Every key starts from `context` (Mujaz itself, config, options) and, for template pages, the digest of every
/// template the page kind uses; so a changed template re-renders the pages that use it and no other.
/// Then come the model's parts the file shows, reduced to per-article and per-entity digests so a key costs a
/// few hashes. The cached-equals-clean tests guard that no shown value is left out.
struct PageKeys: Sendable {
    private let model: SiteModel
    private let templates: [PageKind: ContentHash]
    private let context: ContentHash
    /// Per article: what lists of articles show of it (title, URL, date with its time when written, summary).
    private let listings: [ContentHash]
    /// Per entity: what a link to it shows (type, name, URL).
    private let entityLinks: [ContentHash]

    init(model: SiteModel, theme: Theme, context: ContentHash) {
        self.model = model
        self.context = context
        var templates: [PageKind: ContentHash] = [:]
        for kind in PageKind.allCases {
            var digest = DigestBuilder("templates")
            digest.add(context)
            for file in theme.files(usedBy: kind) { digest.add(file.path); digest.add(file.digest) }
            templates[kind] = digest.digest
        }
        self.templates = templates
        listings = model.articles.map { article in
            var digest = DigestBuilder("listing")
            digest.add(article.title)
            digest.add(article.slug)
            digest.add(article.date.isoStringAsWritten)
            digest.add(article.summary)
            return digest.digest
        }
        entityLinks = model.entities.map { entity in
            var digest = DigestBuilder("entity")
            digest.add(entity.type.rawValue)
            digest.add(entity.name)
            digest.add(entity.slug)
            return digest.digest
        }
    }

    /// Everything the site model takes from an article besides its own page: where it sorts, its URL segment,
    /// what lists show of it, whether it is published, its entities. Two versions of an article with the same
    /// outline differ on the article's own page only (see `SiteOutline`).
    static func outline(of article: Article) -> ContentHash {
        var digest = DigestBuilder("outline")
        digest.add(article.source.path)
        digest.add(article.title)
        digest.add(article.source.slug != nil)
        digest.add(article.source.slug ?? "")
        digest.add(article.date.isoStringAsWritten)
        digest.add(article.summary)
        digest.add(article.source.draft)
        for type in EntityType.allCases {
            let names = article.source.names[type] ?? []
            digest.add(names.count)
            for name in names { digest.add(name) }
        }
        return digest.digest
    }

    func key(_ job: PageJob, pages: Pagination) -> ContentHash? {
        guard let template = templates[job.kind] else { return nil }
        var digest = DigestBuilder(job.kind.rawValue)
        digest.add(template)
        switch job {
        case .article(let id):
            let article = model.articles[id]
            digest.add(article.source.contentHash)
            digest.add(listings[id])
            digest.add(article.wordCount)
            add(entities: article.entityIDs, to: &digest)
            for name in article.entityNames { digest.add(name) }
            add(articles: model.related[id], to: &digest)
        case .home(let number):
            add(page: number, of: pages, to: &digest)
            add(articles: Array(pages.items(on: number)), to: &digest)
        case .entity(let id, let number):
            let entity = model.entities[id]
            digest.add(entityLinks[id])
            digest.add(entity.articleIDs.count)
            add(counted: entity.coMentioned, to: &digest)
            add(page: number, of: pages, to: &digest)
            add(articles: pages.items(on: number).map { entity.articleIDs[$0] }, to: &digest)
        case .briefing(let index, let number):
            let briefing = model.days[index]
            digest.add(briefing.day.isoString)
            digest.add(briefing.articleIDs.count)
            add(counted: briefing.topEntities, to: &digest)
            add(page: number, of: pages, to: &digest)
            add(articles: pages.items(on: number).map { briefing.articleIDs[$0] }, to: &digest)
        case .directory:
            digest.add(model.entities.count)
            for (id, entity) in model.entities.enumerated() {
                digest.add(entityLinks[id])
                digest.add(entity.articleIDs.count)
            }
        case .briefings:
            digest.add(model.days.count)
            for briefing in model.days {
                digest.add(briefing.day.isoString)
                digest.add(briefing.articleIDs.count)
            }
        case .notFound, .search:
            break
        }
        return digest.digest
    }

    func siteFeedKey() -> ContentHash {
        var digest = DigestBuilder("site-feed")
        digest.add(context)
        add(articles: Array(model.articles.indices.prefix(AtomFeed.entryLimit)), to: &digest)
        return digest.digest
    }

    /// The sitemap lists every page folder with the date of its newest article.
    func sitemapKey() -> ContentHash {
        var digest = DigestBuilder("sitemap")
        digest.add(context)
        for article in model.articles {
            digest.add(article.slug)
            digest.add(article.date.isoString)
        }
        for (id, entity) in model.entities.enumerated() {
            digest.add(entityLinks[id])
            digest.add(entity.articleIDs.first.map { model.articles[$0].date.isoString } ?? "-")
        }
        for briefing in model.days { digest.add(briefing.day.isoString) }
        return digest.digest
    }

    /// The news sitemap lists the latest articles with their title, URL and date (`listings`); the publication's
    /// name and language come from the config, which `context` holds.
    func newsSitemapKey() -> ContentHash {
        var digest = DigestBuilder("news-sitemap")
        digest.add(context)
        add(articles: Sitemap.newsArticleIDs(model), to: &digest)
        return digest.digest
    }

    func robotsKey() -> ContentHash {
        var digest = DigestBuilder("robots")
        digest.add(context)
        return digest.digest
    }

    func feedKey(ofEntity id: Int) -> ContentHash {
        var digest = DigestBuilder("entity-feed")
        digest.add(context)
        digest.add(entityLinks[id])
        add(articles: Array(model.entities[id].articleIDs.prefix(AtomFeed.entryLimit)), to: &digest)
        return digest.digest
    }

    private func add(page number: Int, of pages: Pagination, to digest: inout DigestBuilder) {
        digest.add(number)
        digest.add(pages.count)
    }

    private func add(articles ids: [Int], to digest: inout DigestBuilder) {
        digest.add(ids.count)
        for id in ids { digest.add(listings[id]) }
    }

    private func add(entities ids: [Int], to digest: inout DigestBuilder) {
        digest.add(ids.count)
        for id in ids { digest.add(entityLinks[id]) }
    }

    private func add(counted: [EntityCount], to digest: inout DigestBuilder) {
        digest.add(counted.count)
        for item in counted {
            digest.add(entityLinks[item.entityID])
            digest.add(item.count)
        }
    }
}
