/// Atom feeds: the whole site's and one per entity, newest entries first.
enum AtomFeed {
    static let entryLimit = 20

    static func make(title: String, folder: String, articleIDs: [Int], model: SiteModel, paths: SitePaths) -> String {
        let ids = articleIDs.prefix(entryLimit)
        let updated = ids.first.map { model.articles[$0].date.isoString } ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(MarkupEscaping.xml(model.config.language))">
          <title>\(MarkupEscaping.xml(title))</title>
          <subtitle>\(MarkupEscaping.xml(model.config.description))</subtitle>
          <id>\(MarkupEscaping.xml(paths.absolute(paths.feed(of: folder))))</id>
          <link rel="self" type="application/atom+xml" href="\(MarkupEscaping.xml(paths.absolute(paths.feed(of: folder))))"/>
          <link rel="alternate" type="text/html" href="\(MarkupEscaping.xml(paths.absolute(folder)))"/>
          <updated>\(updated)</updated>
          <author><name>\(MarkupEscaping.xml(model.config.title))</name></author>

        """
        for id in ids {
            let article = model.articles[id]
            let url = MarkupEscaping.xml(paths.absolute(paths.article(article.slug)))
            xml += """
              <entry>
                <title>\(MarkupEscaping.xml(article.title))</title>
                <link rel="alternate" type="text/html" href="\(url)"/>
                <id>\(url)</id>
                <published>\(article.date.isoString)</published>
                <updated>\(article.date.isoString)</updated>
                <summary>\(MarkupEscaping.xml(article.summary))</summary>
              </entry>

            """
        }
        return xml + "</feed>\n"
    }
}
