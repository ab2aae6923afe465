import Enrichment
import Templating

/// Builds the values each template receives (see `PageKind.schema`). Article items, entity links and the entities'
/// schema.org mentions appear on many pages: when most of the site is rendered they are made once each, up front;
/// when only a few pages are, they are made as those pages need them, so a small rebuild does not pay for the whole site.
struct PageViews: Sendable {
    let model: SiteModel
    let paths: SitePaths
    let format: ArabicFormatter
    let site: TemplateValue
    private var articleItems: [TemplateValue] = []
    private var entityLinks: [TemplateValue] = []
    private var entityMentions: [String] = []

    init(model: SiteModel, sharedUpFront: Bool = false) {
        self.model = model
        let paths = SitePaths(baseURL: model.config.baseURL)
        let format = ArabicFormatter(style: model.config.dateStyle)
        self.paths = paths
        self.format = format
        let config = model.config
        site = .map([
            "title": .text(config.title), "description": .text(config.description), "language": .text(config.language),
            "direction": .text(config.direction), "baseURL": .text(paths.baseURL), "homeURL": .text(paths.link(paths.home)),
            "feedURL": .text(paths.link(paths.feed(of: paths.home))), "directoryURL": .text(paths.link(paths.directory)),
            "briefingsURL": .text(paths.link(paths.briefings)), "stylesheetURL": .text(paths.link("style.css")),
            "searchURL": .text(paths.link(paths.search)), "searchScriptURL": .text(paths.link("search.js")),
            "searchIndexURL": .text(paths.link(SearchIndex.folder)),
            "params": Self.value(of: .map(config.params)),
        ])
        if sharedUpFront {
            let views = self
            articleItems = Array(model.articles.indices).concurrentMap(views.makeArticleItem)
            entityLinks = Array(model.entities.indices).concurrentMap { views.makeEntityLink($0) }
            entityMentions = Array(model.entities.indices).concurrentMap { NewsArticleJSONLD.mention(of: $0, model: model, paths: paths) }
        }
    }

    func articleItem(_ id: Int) -> TemplateValue {
        articleItems.isEmpty ? makeArticleItem(id) : articleItems[id]
    }

    func entityLink(_ id: Int, _ extra: [String: TemplateValue] = [:]) -> TemplateValue {
        guard !entityLinks.isEmpty, case .map(let link) = entityLinks[id] else { return makeEntityLink(id, extra) }
        return extra.isEmpty ? entityLinks[id] : .map(link.merging(extra) { $1 })
    }

    /// The entity as the schema.org block of an article names it.
    func entityMention(_ id: Int) -> String {
        entityMentions.isEmpty ? NewsArticleJSONLD.mention(of: id, model: model, paths: paths) : entityMentions[id]
    }

    private func makeArticleItem(_ id: Int) -> TemplateValue {
        let article = model.articles[id]
        return .map([
            "title": .text(article.title), "url": .text(paths.link(paths.article(article.slug))),
            "date": .text(format.date(article.date)), "isoDate": .text(article.date.isoString),
            "summary": .text(HTMLEscaping.escaped(article.summary)),
        ])
    }

    private func makeEntityLink(_ id: Int, _ extra: [String: TemplateValue] = [:]) -> TemplateValue {
        let entity = model.entities[id]
        return .map(extra.merging(["name": .text(entity.name), "url": .text(paths.link(paths.entity(entity.type, entity.slug)))]) { $1 })
    }

    func root(_ title: String, _ description: String, _ folder: String, _ values: [String: TemplateValue]) -> TemplateValue {
        let page: TemplateValue = .map(["title": .text(title), "description": .text(description), "url": .text(paths.absolute(folder))])
        return .map(values.merging(["site": site, "page": page]) { $1 })
    }

    func article(_ id: Int) -> TemplateValue {
        let article = model.articles[id]
        let folder = paths.article(article.slug)
        let groups: [TemplateValue] = EntityType.allCases.compactMap { type in
            let links = zip(article.entityIDs, article.entityNames).filter { model.entities[$0.0].type == type }.map { id, name in
                name == model.entities[id].name ? entityLink(id) : entityLink(id, ["name": .text(name)])
            }
            return links.isEmpty ? nil : .map(["label": .text(type.pluralLabel), "entities": .list(links)])
        }
        let related = model.related[id].map(articleItem)
        let values: [String: TemplateValue] = [
            "title": .text(article.title), "url": .text(paths.link(folder)), "date": .text(format.date(article.date)),
            "isoDate": .text(article.date.isoString), "readingTime": .text(format.readingTime(words: article.wordCount)),
            "summary": .text(HTMLEscaping.escaped(article.summary)), "body": .text(article.bodyHTML ?? ""),
            "showsSummary": .flag(!LeadRepetition.bodyOpens(withSummary: article.summary, bodyHTML: article.bodyHTML ?? "")),
            "tags": .list(article.source.tags.map(TemplateValue.text)),
            "hasTags": .flag(!article.source.tags.isEmpty), "entityGroups": .list(groups), "hasEntities": .flag(!groups.isEmpty),
            "related": .list(related), "hasRelated": .flag(!related.isEmpty),
            "jsonLD": .text(NewsArticleJSONLD.make(article: article, model: model, paths: paths, mention: entityMention)),
            "params": Self.value(of: .map(article.source.params)),
        ]
        let description = article.summary.isEmpty ? model.config.description : article.summary
        return root(article.title, description, folder, ["article": .map(values)])
    }

    func home(page number: Int, of pages: Pagination) -> TemplateValue {
        let folder = paths.paginated(paths.home, page: number)
        let title = number == 1 ? model.config.title : "\(model.config.title) — صفحة \(format.number(number))"
        return root(title, model.config.description, folder, [
            "articles": .list(pages.items(on: number).map(articleItem)),
            "pagination": pagination(pages, page: number, folder: paths.home),
        ])
    }

    func entity(_ id: Int, page number: Int, of pages: Pagination) -> TemplateValue {
        let entity = model.entities[id]
        let base = paths.entity(entity.type, entity.slug)
        let folder = paths.paginated(base, page: number)
        let title = number == 1 ? "\(entity.name) — \(model.config.title)" : "\(entity.name) — صفحة \(format.number(number))"
        let articleCount = format.count(entity.articleIDs.count, .article)
        let coMentioned = entity.coMentioned.map(countedEntity)
        return root(title, "\(entity.type.singularLabel): \(entity.name) — \(articleCount)", folder, [
            "entity": .map([
                "name": .text(entity.name), "typeLabel": .text(entity.type.singularLabel), "url": .text(paths.link(base)),
                "feedURL": .text(paths.link(paths.feed(of: base))), "articleCount": .text(articleCount),
            ]),
            "articles": .list(pages.items(on: number).map { articleItem(entity.articleIDs[$0]) }),
            "coMentioned": .list(coMentioned),
            "hasCoMentioned": .flag(!coMentioned.isEmpty),
            "pagination": pagination(pages, page: number, folder: base),
        ])
    }

    func directory() -> TemplateValue {
        let groups: [TemplateValue] = EntityType.allCases.compactMap { type in
            let members = model.entities.indices
                .filter { model.entities[$0].type == type }
                .sorted { model.entities[$0].name < model.entities[$1].name }
                .map { countedEntity(EntityCount(entityID: $0, count: model.entities[$0].articleIDs.count)) }
            return members.isEmpty ? nil : .map(["label": .text(type.pluralLabel), "count": .text(format.number(members.count)), "entities": .list(members)])
        }
        return root("الأسماء — \(model.config.title)", "كل الأشخاص والمنظمات والأماكن في \(model.config.title)", paths.directory, ["groups": .list(groups)])
    }

    func briefing(_ index: Int, page number: Int, of pages: Pagination) -> TemplateValue {
        let briefing = model.days[index]
        let date = format.date(briefing.day)
        let base = paths.briefing(briefing.day)
        let title = number == 1 ? "موجز اليوم: \(date)" : "موجز اليوم: \(date) — صفحة \(format.number(number))"
        let topEntities = briefing.topEntities.map(countedEntity)
        return root(title, "أخبار \(date) في \(model.config.title)", paths.paginated(base, page: number), [
            "briefing": .map([
                "date": .text(date), "isoDay": .text(briefing.day.isoString),
                "articleCount": .text(format.count(briefing.articleIDs.count, .article)),
            ]),
            "articles": .list(pages.items(on: number).map { articleItem(briefing.articleIDs[$0]) }),
            "topEntities": .list(topEntities),
            "hasTopEntities": .flag(!topEntities.isEmpty),
            "pagination": pagination(pages, page: number, folder: base),
        ])
    }

    func briefings() -> TemplateValue {
        let days: [TemplateValue] = model.days.map { briefing in
            .map([
                "date": .text(format.date(briefing.day)), "isoDay": .text(briefing.day.isoString),
                "url": .text(paths.link(paths.briefing(briefing.day))),
                "articleCount": .text(format.count(briefing.articleIDs.count, .article)),
            ])
        }
        return root("موجز كل يوم — \(model.config.title)", "موجز الأخبار يومًا بيوم", paths.briefings, ["days": .list(days)])
    }

    func notFound() -> TemplateValue {
        root("الصفحة غير موجودة — \(model.config.title)", model.config.description, "404.html", [:])
    }

    func search() -> TemplateValue {
        root("البحث — \(model.config.title)", model.config.description, paths.search, [:])
    }

    private func countedEntity(_ counted: EntityCount) -> TemplateValue {
        let entity = model.entities[counted.entityID]
        return entityLink(counted.entityID, ["typeLabel": .text(entity.type.singularLabel), "count": .text(format.number(counted.count))])
    }

    private func pagination(_ pages: Pagination, page number: Int, folder: String) -> TemplateValue {
        .map([
            "isPaginated": .flag(pages.count > 1), "current": .text(format.number(number)), "total": .text(format.number(pages.count)),
            "hasPrevious": .flag(number > 1), "previousURL": .text(number > 1 ? paths.link(paths.paginated(folder, page: number - 1)) : ""),
            "hasNext": .flag(number < pages.count), "nextURL": .text(number < pages.count ? paths.link(paths.paginated(folder, page: number + 1)) : ""),
        ])
    }

    /// Front-matter values (the shape templates read them in).
    static func value(of value: FrontMatterValue) -> TemplateValue {
        switch value {
        case .text(let text): .text(text)
        case .flag(let flag): .flag(flag)
        case .list(let items): .list(items.map(Self.value(of:)))
        case .map(let entries): .map(entries.mapValues(Self.value(of:)))
        }
    }
}
