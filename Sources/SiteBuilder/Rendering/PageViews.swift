import Enrichment
import Templating

/// Builds the values each template receives (see `PageKind.schema`). Article items and entity links appear on
/// many pages: when most of the site is rendered they are made once each, up front; when only a few pages are,
/// they are made as those pages need them, so a small rebuild does not pay for the whole site.
struct PageViews: Sendable {
    let model: SiteModel
    let paths: SitePaths
    let format: ArabicFormatter
    let site: TemplateValue
    private var articleItems: [TemplateValue] = []
    private var entityLinks: [TemplateValue] = []
    private var entityURLs: [String] = []

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
            "searchIndexURL": .text(paths.link(SearchIndex.folder)), "directoryScriptURL": .text(paths.link("directory.js")),
            "params": Self.value(of: .map(config.params)),
        ])
        if sharedUpFront {
            // Entity URLs first: entity links and every article's inline links are made of them.
            let paths = self.paths
            entityURLs = model.entities.concurrentMap { paths.link(paths.entity($0.type, $0.slug)) }
            let views = self
            articleItems = Array(model.articles.indices).concurrentMap(views.makeArticleItem)
            entityLinks = Array(model.entities.indices).concurrentMap { views.makeEntityLink($0) }
        }
    }

    func articleItem(_ id: Int) -> TemplateValue {
        articleItems.isEmpty ? makeArticleItem(id) : articleItems[id]
    }

    func entityLink(_ id: Int, _ extra: [String: TemplateValue] = [:]) -> TemplateValue {
        guard !entityLinks.isEmpty, case .map(let link) = entityLinks[id] else { return makeEntityLink(id, extra) }
        return extra.isEmpty ? entityLinks[id] : .map(link.merging(extra) { $1 })
    }

    private func makeArticleItem(_ id: Int) -> TemplateValue {
        let article = model.articles[id]
        let image = ArticleImage(article.source.image, paths: paths)
        return .map([
            "title": .text(article.title), "url": .text(paths.link(paths.article(article.slug))),
            "date": .text(format.date(article.date)), "isoDate": .text(article.date.isoString),
            "summary": .text(HTMLEscaping.escaped(article.summary)),
            "source": .text(article.source.sourceName), "hasSource": .flag(!article.source.sourceName.isEmpty),
            "author": .text(article.source.author), "hasAuthor": .flag(!article.source.author.isEmpty),
            "image": .text(image?.link ?? ""), "hasImage": .flag(image != nil),
        ])
    }

    /// The link to the entity's page (safe text).
    func entityURL(_ id: Int) -> String {
        guard entityURLs.isEmpty else { return entityURLs[id] }
        let entity = model.entities[id]
        return paths.link(paths.entity(entity.type, entity.slug))
    }

    private func makeEntityLink(_ id: Int, _ extra: [String: TemplateValue] = [:]) -> TemplateValue {
        .map(extra.merging(["name": .text(model.entities[id].name), "url": .text(entityURL(id))]) { $1 })
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
        let mentions = zip(article.entityIDs, article.entityNames).map { InlineEntityLinks.Target(name: $1, url: entityURL($0)) }
        let image = ArticleImage(article.source.image, paths: paths)
        let values: [String: TemplateValue] = [
            "title": .text(article.title), "url": .text(paths.link(folder)), "date": .text(format.date(article.date)),
            "isoDate": .text(article.date.isoString), "readingTime": .text(format.readingTime(words: article.wordCount)),
            "summary": .text(HTMLEscaping.escaped(article.summary)),
            "body": .text(InlineEntityLinks.linking(article.bodyHTML ?? "", to: mentions)),
            "source": .text(article.source.sourceName), "hasSource": .flag(!article.source.sourceName.isEmpty),
            "author": .text(article.source.author), "hasAuthor": .flag(!article.source.author.isEmpty),
            "image": .text(image?.link ?? ""), "imageURL": .text(image?.absolute ?? ""), "hasImage": .flag(image != nil),
            "showsSummary": .flag(!LeadRepetition.bodyOpens(withSummary: article.summary, bodyHTML: article.bodyHTML ?? "")),
            "tags": .list(article.source.tags.map(TemplateValue.text)),
            "hasTags": .flag(!article.source.tags.isEmpty), "entityGroups": .list(groups), "hasEntities": .flag(!groups.isEmpty),
            "related": .list(related), "hasRelated": .flag(!related.isEmpty),
            "jsonLD": .text(NewsArticleJSONLD.make(article: article, model: model, paths: paths)),
            "params": Self.value(of: .map(article.source.params)),
        ]
        let description = article.summary.isEmpty ? model.config.description : article.summary
        return root(article.title, description, folder, ["article": .map(values)])
    }

    func home(page number: Int, of pages: Pagination) -> TemplateValue {
        let folder = paths.paginated(paths.home, page: number)
        let title = number == 1 ? model.config.title : "\(model.config.title) — صفحة \(format.number(number))"
        var items = pages.items(on: number).map(articleItem)
        // The front page opens with its newest story as the lead, the week's names and the latest briefing.
        let isFront = number == 1
        let lead = isFront && !items.isEmpty ? items.removeFirst() : nil
        let trending = isFront ? model.trending.map(countedEntity) : []
        let briefing = isFront ? model.days.first : nil
        return root(title, model.config.description, folder, [
            "lead": lead ?? .map([:]), "hasLead": .flag(lead != nil),
            "articles": .list(items),
            "trending": .list(trending), "hasTrending": .flag(!trending.isEmpty),
            "latestBriefing": briefing.map { briefing in
                .map([
                    "date": .text(format.date(briefing.day)), "isoDay": .text(briefing.day.isoString),
                    "url": .text(paths.link(paths.briefing(briefing.day))),
                    "articleCount": .text(format.count(briefing.articleIDs.count, .article)),
                    "articles": .list(briefing.articleIDs.prefix(Self.briefingPreview).map(articleItem)),
                ])
            } ?? .map([:]),
            "hasLatestBriefing": .flag(briefing != nil),
            "pagination": pagination(pages, page: number, folder: paths.home),
        ])
    }

    /// Articles of the latest briefing the front page lists.
    static let briefingPreview = 5

    func entity(_ id: Int, page number: Int, of pages: Pagination) -> TemplateValue {
        let entity = model.entities[id]
        let base = paths.entity(entity.type, entity.slug)
        let folder = paths.paginated(base, page: number)
        let title = number == 1 ? "\(entity.name) — \(model.config.title)" : "\(entity.name) — صفحة \(format.number(number))"
        let articleCount = format.count(entity.articleIDs.count, .article)
        let coMentioned = entity.coMentioned.map(countedEntity)
        // The timeline is the entity's whole history: its first page shows it.
        let timeline = number == 1 ? timeline(of: id).svg(name: entity.name, format: format) : ""
        return root(title, "\(entity.type.singularLabel): \(entity.name) — \(articleCount)", folder, [
            "entity": .map([
                "name": .text(entity.name), "typeLabel": .text(entity.type.singularLabel), "url": .text(paths.link(base)),
                "feedURL": .text(paths.link(paths.feed(of: base))), "articleCount": .text(articleCount),
            ]),
            "articles": .list(pages.items(on: number).map { articleItem(entity.articleIDs[$0]) }),
            "coMentioned": .list(coMentioned),
            "hasCoMentioned": .flag(!coMentioned.isEmpty),
            "timeline": .text(timeline), "hasTimeline": .flag(!timeline.isEmpty),
            "pagination": pagination(pages, page: number, folder: base),
        ])
    }

    /// The entity's articles per week or month, up to the site's newest day.
    func timeline(of id: Int) -> MentionTimeline {
        MentionTimeline(days: model.entities[id].articleIDs.map { model.articles[$0].date.day }, end: model.articles.first?.date.day ?? CalendarDay(year: 1970, month: 1, day: 1))
    }

    /// `entities/`: every type's tab and its most mentioned entities.
    func directory() -> TemplateValue {
        let groups: [TemplateValue] = model.directory.sections.map { section in
            .map([
                "label": .text(section.type.pluralLabel), "url": .text(paths.link(paths.directory(section.type))), "hasURL": .flag(true),
                "count": .text(format.number(section.count)), "entities": .list(section.top.map(countedEntity)),
            ])
        }
        return directoryRoot(heading: "الأسماء في الأخبار", title: "الأسماء — \(model.config.title)", folder: paths.directory,
                             currentType: nil, currentLetter: nil, groups: groups, pagination: nil)
    }

    /// `entities/TYPE/`: one type's letter index and its most mentioned entities.
    func directory(type index: Int) -> TemplateValue {
        let section = model.directory.sections[index]
        let group: TemplateValue = .map([
            "label": .text("الأكثر ذكرًا"), "url": .text(""), "hasURL": .flag(false), "count": .text(format.number(section.top.count)),
            "entities": .list(section.top.map(countedEntity)),
        ])
        return directoryRoot(heading: "الأسماء في الأخبار: \(section.type.pluralLabel)", title: "\(section.type.pluralLabel) — \(model.config.title)",
                             folder: paths.directory(section.type), currentType: index, currentLetter: nil, groups: [group], pagination: nil)
    }

    /// `entities/TYPE/LETTER/`: the entities of one type and first letter, by name.
    func directory(type index: Int, letter: Int, page number: Int) -> TemplateValue {
        let section = model.directory.sections[index]
        let entry = section.letters[letter]
        let pages = Pagination(total: entry.entityIDs.count, size: EntityDirectory.entitiesPerPage)
        let base = paths.directory(section.type, letter: entry.slug)
        let members = pages.items(on: number).map { position in
            let id = entry.entityIDs[position]
            return countedEntity(EntityCount(entityID: id, count: model.entities[id].articleIDs.count))
        }
        let group: TemplateValue = .map([
            "label": .text("\(section.type.pluralLabel): \(entry.label)"), "url": .text(""), "hasURL": .flag(false),
            "count": .text(format.number(entry.entityIDs.count)), "entities": .list(members),
        ])
        let heading = "الأسماء في الأخبار: \(section.type.pluralLabel)، حرف \(entry.label)"
        let title = number == 1 ? "\(section.type.pluralLabel): \(entry.label) — \(model.config.title)"
            : "\(section.type.pluralLabel): \(entry.label) — صفحة \(format.number(number))"
        return directoryRoot(heading: heading, title: title, folder: paths.paginated(base, page: number), currentType: index,
                             currentLetter: letter, groups: [group], pagination: pagination(pages, page: number, folder: base))
    }

    /// What every directory page shows around its groups: the type tabs and, within a type, the letter index.
    private func directoryRoot(heading: String, title: String, folder: String, currentType: Int?, currentLetter: Int?,
                               groups: [TemplateValue], pagination: TemplateValue?) -> TemplateValue {
        let tabs: [TemplateValue] = [.map([
            "label": .text("الكل"), "count": .text(format.number(model.entities.count)), "url": .text(paths.link(paths.directory)),
            "isCurrent": .flag(currentType == nil),
        ])] + model.directory.sections.enumerated().map { index, section in
            .map([
                "label": .text(section.type.pluralLabel), "count": .text(format.number(section.count)),
                "url": .text(paths.link(paths.directory(section.type))), "isCurrent": .flag(currentType == index),
            ])
        }
        let letters: [TemplateValue] = currentType.map { index in
            let section = model.directory.sections[index]
            return section.letters.enumerated().map { letter, entry in
                .map([
                    "letter": .text(entry.label), "count": .text(format.number(entry.entityIDs.count)),
                    "url": .text(paths.link(paths.directory(section.type, letter: entry.slug))), "isCurrent": .flag(currentLetter == letter),
                ])
            }
        } ?? []
        return root(title, "كل الأشخاص والمنظمات والأماكن في \(model.config.title)", folder, [
            "directory": .map(["heading": .text(heading)]),
            "types": .list(tabs), "letters": .list(letters), "hasLetters": .flag(!letters.isEmpty),
            "groups": .list(groups),
            "pagination": pagination ?? self.pagination(Pagination(total: 0, size: 1), page: 1, folder: folder),
        ])
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
