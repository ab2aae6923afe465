import Enrichment

/// Builds the values each template receives (see `PageKind.schema`), as dictionaries swift-mustache reads fast.
/// Values shared by many pages (article list items, entity links) are built once and reused.
///
/// `@unchecked Sendable`: the `Any` values are only strings, booleans, arrays and dictionaries of them,
/// built in `init` and never mutated, so render threads can read them at once.
struct PageViews: @unchecked Sendable {
    let model: SiteModel
    let paths: SitePaths
    let format: ArabicFormatter
    let site: [String: Any]
    let articleItems: [[String: Any]]
    let entityLinks: [[String: Any]]

    init(model: SiteModel) {
        self.model = model
        let paths = SitePaths(baseURL: model.config.baseURL)
        let format = ArabicFormatter(style: model.config.dateStyle)
        self.paths = paths
        self.format = format
        let config = model.config
        site = [
            "title": config.title, "description": config.description, "language": config.language,
            "direction": config.direction, "baseURL": paths.baseURL, "homeURL": paths.link(paths.home),
            "feedURL": paths.link(paths.feed(of: paths.home)), "directoryURL": paths.link(paths.directory),
            "briefingsURL": paths.link(paths.briefings), "stylesheetURL": paths.link("style.css"),
            "params": Self.value(of: .map(config.params)),
        ]
        articleItems = model.articles.map { article in
            [
                "title": article.title, "url": paths.link(paths.article(article.slug)),
                "date": format.date(article.date.day), "isoDate": article.date.isoString, "summary": MarkupEscaping.html(article.summary),
            ]
        }
        entityLinks = model.entities.map { entity in
            ["name": entity.name, "url": paths.link(paths.entity(entity.type, entity.slug))]
        }
    }

    func page(title: String, description: String, folder: String) -> [String: Any] {
        ["title": title, "description": description, "url": paths.absolute(folder)]
    }

    func root(_ title: String, _ description: String, _ folder: String, _ values: [String: Any]) -> [String: Any] {
        values.merging(["site": site, "page": page(title: title, description: description, folder: folder)]) { $1 }
    }

    func article(_ id: Int) -> [String: Any] {
        let article = model.articles[id]
        let folder = paths.article(article.slug)
        let groups: [[String: Any]] = EntityType.allCases.compactMap { type in
            let links = article.entityIDs.filter { model.entities[$0].type == type }.map { entityLinks[$0] }
            return links.isEmpty ? nil : ["label": type.pluralLabel, "entities": links]
        }
        let related = model.related[id].map { articleItems[$0] }
        let values: [String: Any] = [
            "title": article.title, "url": paths.link(folder), "date": format.date(article.date.day),
            "isoDate": article.date.isoString, "readingTime": format.readingTime(words: article.wordCount),
            "summary": MarkupEscaping.html(article.summary), "body": article.bodyHTML, "tags": article.source.tags,
            "hasTags": !article.source.tags.isEmpty, "entityGroups": groups, "hasEntities": !groups.isEmpty,
            "related": related, "hasRelated": !related.isEmpty,
            "jsonLD": NewsArticleJSONLD.make(article: article, model: model, paths: paths),
            "params": Self.value(of: .map(article.source.params)),
        ]
        let description = article.summary.isEmpty ? model.config.description : article.summary
        return root(article.title, description, folder, ["article": values])
    }

    func home(page number: Int, of pages: Pagination) -> [String: Any] {
        let folder = paths.paginated(paths.home, page: number)
        let title = number == 1 ? model.config.title : "\(model.config.title) — صفحة \(format.number(number))"
        return root(title, model.config.description, folder, [
            "articles": pages.items(on: number).map { articleItems[$0] },
            "pagination": pagination(pages, page: number, folder: paths.home),
        ])
    }

    func entity(_ id: Int, page number: Int, of pages: Pagination) -> [String: Any] {
        let entity = model.entities[id]
        let base = paths.entity(entity.type, entity.slug)
        let folder = paths.paginated(base, page: number)
        let title = number == 1 ? "\(entity.name) — \(model.config.title)" : "\(entity.name) — صفحة \(format.number(number))"
        let articleCount = format.count(entity.articleIDs.count, .article)
        let coMentioned = entity.coMentioned.map(countedEntity)
        return root(title, "\(entity.type.singularLabel): \(entity.name) — \(articleCount)", folder, [
            "entity": [
                "name": entity.name, "typeLabel": entity.type.singularLabel, "url": paths.link(base),
                "feedURL": paths.link(paths.feed(of: base)), "articleCount": articleCount,
            ] as [String: Any],
            "articles": pages.items(on: number).map { articleItems[entity.articleIDs[$0]] },
            "coMentioned": coMentioned,
            "hasCoMentioned": !coMentioned.isEmpty,
            "pagination": pagination(pages, page: number, folder: base),
        ])
    }

    func directory() -> [String: Any] {
        let groups: [[String: Any]] = EntityType.allCases.compactMap { type in
            let members = model.entities.indices
                .filter { model.entities[$0].type == type }
                .sorted { model.entities[$0].name < model.entities[$1].name }
                .map { countedEntity(EntityCount(entityID: $0, count: model.entities[$0].articleIDs.count)) }
            return members.isEmpty ? nil : ["label": type.pluralLabel, "count": format.number(members.count), "entities": members]
        }
        return root("الأسماء — \(model.config.title)", "كل الأشخاص والمنظمات والأماكن في \(model.config.title)", paths.directory, ["groups": groups])
    }

    func briefing(_ index: Int) -> [String: Any] {
        let briefing = model.days[index]
        let date = format.date(briefing.day)
        let topEntities = briefing.topEntities.map(countedEntity)
        return root("موجز اليوم: \(date)", "أخبار \(date) في \(model.config.title)", paths.briefing(briefing.day), [
            "briefing": ["date": date, "isoDay": briefing.day.isoString, "articleCount": format.count(briefing.articleIDs.count, .article)] as [String: Any],
            "articles": briefing.articleIDs.map { articleItems[$0] },
            "topEntities": topEntities,
            "hasTopEntities": !topEntities.isEmpty,
        ])
    }

    func briefings() -> [String: Any] {
        let days: [[String: Any]] = model.days.map { briefing in
            [
                "date": format.date(briefing.day), "isoDay": briefing.day.isoString,
                "url": paths.link(paths.briefing(briefing.day)), "articleCount": format.count(briefing.articleIDs.count, .article),
            ]
        }
        return root("موجز كل يوم — \(model.config.title)", "موجز الأخبار يومًا بيوم", paths.briefings, ["days": days])
    }

    func notFound() -> [String: Any] {
        root("الصفحة غير موجودة — \(model.config.title)", model.config.description, "404.html", [:])
    }

    private func countedEntity(_ counted: EntityCount) -> [String: Any] {
        let entity = model.entities[counted.entityID]
        return entityLinks[counted.entityID].merging(["typeLabel": entity.type.singularLabel, "count": format.number(counted.count)]) { $1 }
    }

    private func pagination(_ pages: Pagination, page number: Int, folder: String) -> [String: Any] {
        [
            "isPaginated": pages.count > 1, "current": format.number(number), "total": format.number(pages.count),
            "hasPrevious": number > 1, "previousURL": number > 1 ? paths.link(paths.paginated(folder, page: number - 1)) : "",
            "hasNext": number < pages.count, "nextURL": number < pages.count ? paths.link(paths.paginated(folder, page: number + 1)) : "",
        ]
    }

    /// Front-matter values as plain strings, booleans, arrays and dictionaries for Mustache.
    static func value(of value: FrontMatterValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(Self.value(of:))
        case .map(let entries): entries.mapValues(Self.value(of:))
        }
    }
}
