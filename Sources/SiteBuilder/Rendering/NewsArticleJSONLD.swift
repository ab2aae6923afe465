import Foundation

/// The schema.org `NewsArticle` block of an article page, safe to place inside `<script>`.
enum NewsArticleJSONLD {
    static func make(article: Article, model: SiteModel, paths: SitePaths) -> String {
        let url = paths.absolute(paths.article(article.slug))
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": article.date.isoString,
            "inLanguage": model.config.language,
            "url": url,
            "mainEntityOfPage": url,
            "publisher": ["@type": "Organization", "name": model.config.title],
        ]
        if !article.summary.isEmpty { object["description"] = article.summary }
        if !article.entityIDs.isEmpty {
            object["mentions"] = article.entityIDs.map { id -> [String: Any] in
                let entity = model.entities[id]
                return ["@type": entity.type.schemaOrgType, "name": entity.name, "url": paths.absolute(paths.entity(entity.type, entity.slug))]
            }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return MarkupEscaping.scriptSafeJSON(String(decoding: data, as: UTF8.self))
    }
}
