extension PageKind {
    /// Every variable the page's template receives (documented in the README's template section).
    var schema: TemplateSchema {
        var root: [String: TemplateSchema] = ["site": Self.site, "page": Self.page]
        switch self {
        case .article:
            root["article"] = .object([
                "title": .text, "url": .safeText, "date": .text, "isoDate": .safeText, "readingTime": .text,
                "summary": .html, "showsSummary": .flag, "body": .html, "tags": .list(.text), "hasTags": .flag,
                "entityGroups": .list(.object(["label": .text, "entities": .list(Self.entityLink)])),
                "hasEntities": .flag, "related": .list(Self.articleItem), "hasRelated": .flag,
                "jsonLD": .html, "params": .open,
            ])
        case .home:
            root["articles"] = .list(Self.articleItem)
            root["pagination"] = Self.pagination
        case .entity:
            root["entity"] = .object([
                "name": .text, "typeLabel": .text, "url": .safeText, "feedURL": .safeText, "articleCount": .text,
            ])
            root["articles"] = .list(Self.articleItem)
            root["coMentioned"] = .list(Self.countedEntity)
            root["hasCoMentioned"] = .flag
            root["pagination"] = Self.pagination
        case .directory:
            root["groups"] = .list(.object(["label": .text, "count": .text, "entities": .list(Self.countedEntity)]))
        case .briefing:
            root["briefing"] = .object(["date": .text, "isoDay": .safeText, "articleCount": .text])
            root["articles"] = .list(Self.articleItem)
            root["topEntities"] = .list(Self.countedEntity)
            root["hasTopEntities"] = .flag
            root["pagination"] = Self.pagination
        case .briefings:
            root["days"] = .list(.object(["date": .text, "isoDay": .safeText, "url": .safeText, "articleCount": .text]))
        case .notFound, .search:
            break
        }
        return .object(root)
    }

    static let site = TemplateSchema.object([
        "title": .text, "description": .text, "language": .text, "direction": .text, "baseURL": .safeText,
        "homeURL": .safeText, "feedURL": .safeText, "directoryURL": .safeText, "briefingsURL": .safeText,
        "stylesheetURL": .safeText, "searchURL": .safeText, "searchScriptURL": .safeText,
        "searchIndexURL": .safeText, "params": .open,
    ])
    static let page = TemplateSchema.object(["title": .text, "description": .text, "url": .safeText])
    static let articleItem = TemplateSchema.object([
        "title": .text, "url": .safeText, "date": .text, "isoDate": .safeText, "summary": .html,
    ])
    static let entityLink = TemplateSchema.object(["name": .text, "url": .safeText])
    static let countedEntity = TemplateSchema.object(["name": .text, "url": .safeText, "typeLabel": .text, "count": .text])
    static let pagination = TemplateSchema.object([
        "isPaginated": .flag, "current": .text, "total": .text,
        "hasPrevious": .flag, "previousURL": .safeText, "hasNext": .flag, "nextURL": .safeText,
    ])
}
