/// The schema.org `NewsArticle` block of an article page, safe to place inside `<script>`.
/// Written by hand (keys in a fixed order) because it is made for every article and JSONSerialization is slow.
enum NewsArticleJSONLD {
    /// `mention` gives the object naming an entity (`mention(of:model:paths:)`), which many articles share.
    static func make(article: Article, model: SiteModel, paths: SitePaths, mention: (Int) -> String) -> String {
        let url = paths.absolute(paths.article(article.slug))
        var fields: [(String, String)] = [
            ("@context", JSONText.string("https://schema.org")),
            ("@type", JSONText.string("NewsArticle")),
            ("headline", JSONText.string(article.title)),
            ("datePublished", JSONText.string(article.date.isoString)),
            ("inLanguage", JSONText.string(model.config.language)),
            ("url", JSONText.string(url)),
            ("mainEntityOfPage", JSONText.string(url)),
            ("publisher", JSONText.object([("@type", JSONText.string("Organization")), ("name", JSONText.string(model.config.title))])),
        ]
        if !article.summary.isEmpty { fields.append(("description", JSONText.string(article.summary))) }
        if !article.entityIDs.isEmpty { fields.append(("mentions", JSONText.array(article.entityIDs.map(mention)))) }
        return JSONText.object(fields)
    }

    static func mention(of id: Int, model: SiteModel, paths: SitePaths) -> String {
        let entity = model.entities[id]
        return JSONText.object([
            ("@type", JSONText.string(entity.type.schemaOrgType)), ("name", JSONText.string(entity.name)),
            ("url", JSONText.string(paths.absolute(paths.entity(entity.type, entity.slug)))),
        ])
    }
}
