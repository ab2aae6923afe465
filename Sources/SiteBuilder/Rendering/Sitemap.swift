/// `sitemap.xml` over every HTML page, `news-sitemap.xml` over the latest articles, and the `robots.txt` that
/// points to both.
enum Sitemap {
    static func make(folders: [(folder: String, lastModified: String?)], paths: SitePaths) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (folder, lastModified) in folders {
            xml += "  <url><loc>\(MarkupEscaping.xml(paths.absolute(folder)))</loc>"
            if let lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(paths: SitePaths) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(paths.absolute("sitemap.xml"))\nSitemap: \(paths.absolute(newsPath))\n"
    }

    static let newsPath = "news-sitemap.xml"
    /// Google News reads the articles of the last two days, at most a thousand of them.
    static let newsWindowSeconds = 48 * 3_600
    static let newsLimit = 1_000

    /// The articles a news sitemap lists: those of the 48 hours before the newest article (not before the build's
    /// clock, so that the same inputs always give the same file), newest first.
    static func newsArticleIDs(_ model: SiteModel) -> [Int] {
        guard let newest = model.articles.first?.date.instant else { return [] }
        return Array(model.articles.indices.prefix { model.articles[$0].date.instant > newest - newsWindowSeconds }.prefix(newsLimit))
    }

    /// `news-sitemap.xml` in Google's news sitemap format.
    static func news(_ model: SiteModel, paths: SitePaths) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
        let publication = "<news:publication><news:name>\(MarkupEscaping.xml(model.config.title))</news:name>"
            + "<news:language>\(MarkupEscaping.xml(model.config.language))</news:language></news:publication>"
        for id in newsArticleIDs(model) {
            let article = model.articles[id]
            xml += "  <url><loc>\(MarkupEscaping.xml(paths.absolute(paths.article(article.slug))))</loc><news:news>\(publication)"
                + "<news:publication_date>\(article.date.isoString)</news:publication_date>"
                + "<news:title>\(MarkupEscaping.xml(article.title))</news:title></news:news></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
