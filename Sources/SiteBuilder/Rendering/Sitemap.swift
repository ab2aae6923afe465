/// `sitemap.xml` over every HTML page, and the `robots.txt` that points to it.
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
        "User-agent: *\nAllow: /\n\nSitemap: \(paths.absolute("sitemap.xml"))\n"
    }
}
