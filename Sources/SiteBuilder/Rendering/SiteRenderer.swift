/// Renders the site model into the complete set of output files, in memory. Pure: the same model and
/// theme always give the same files, in the same order.
enum SiteRenderer {
    struct RenderedSite: Sendable {
        var files: [OutputFile]
        var entityPages: Int
    }

    static func render(_ model: SiteModel, theme: Theme, parallel: Bool) -> RenderedSite {
        let views = PageViews(model: model)
        let paths = views.paths
        let perPage = model.config.itemsPerPage
        let homePages = Pagination(total: model.articles.count, size: perPage)
        let entityPages = model.entities.map { Pagination(total: $0.articleIDs.count, size: perPage) }

        var jobs: [PageJob] = model.articles.indices.map { .article($0) }
        jobs += (1...homePages.count).map { .home(page: $0) }
        for (id, pages) in entityPages.enumerated() {
            jobs += (1...pages.count).map { .entity(id, page: $0) }
        }
        jobs += [.directory, .briefings, .notFound]
        jobs += model.days.indices.map { .briefing($0) }

        let renderPage = { @Sendable (job: PageJob) -> OutputFile in
            let (path, values) = page(job, views: views, homePages: homePages, entityPages: entityPages)
            let html = theme.library.render(values, withTemplate: job.kind.templateName) ?? ""
            return OutputFile(path: path, text: html)
        }
        var files = parallel ? jobs.concurrentMap(renderPage) : jobs.map(renderPage)

        files.append(OutputFile(path: paths.feed(of: paths.home), text: AtomFeed.make(
            title: model.config.title, folder: paths.home, articleIDs: Array(model.articles.indices), model: model, paths: paths)))
        let feed = { @Sendable (entity: Entity) -> OutputFile in
            let folder = paths.entity(entity.type, entity.slug)
            return OutputFile(path: paths.feed(of: folder), text: AtomFeed.make(
                title: "\(entity.name) — \(model.config.title)", folder: folder, articleIDs: entity.articleIDs, model: model, paths: paths))
        }
        files += parallel ? model.entities.concurrentMap(feed) : model.entities.map(feed)
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.make(folders: sitemapFolders(model, paths: paths), paths: paths)))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(paths: paths)))
        files += theme.assets
        return RenderedSite(files: files, entityPages: entityPages.reduce(0) { $0 + $1.count })
    }

    private static func page(_ job: PageJob, views: PageViews, homePages: Pagination, entityPages: [Pagination]) -> (String, [String: Any]) {
        let paths = views.paths
        let model = views.model
        switch job {
        case .article(let id):
            return (paths.file(of: paths.article(model.articles[id].slug)), views.article(id))
        case .home(let number):
            return (paths.file(of: paths.paginated(paths.home, page: number)), views.home(page: number, of: homePages))
        case .entity(let id, let number):
            let entity = model.entities[id]
            return (paths.file(of: paths.paginated(paths.entity(entity.type, entity.slug), page: number)), views.entity(id, page: number, of: entityPages[id]))
        case .directory:
            return (paths.file(of: paths.directory), views.directory())
        case .briefing(let index):
            return (paths.file(of: paths.briefing(model.days[index].day)), views.briefing(index))
        case .briefings:
            return (paths.file(of: paths.briefings), views.briefings())
        case .notFound:
            return ("404.html", views.notFound())
        }
    }

    private static func sitemapFolders(_ model: SiteModel, paths: SitePaths) -> [(folder: String, lastModified: String?)] {
        var folders: [(folder: String, lastModified: String?)] = [(paths.home, model.articles.first?.date.isoString)]
        folders += model.articles.map { (paths.article($0.slug), $0.date.isoString) }
        folders += model.entities.map { (paths.entity($0.type, $0.slug), $0.articleIDs.first.map { model.articles[$0].date.isoString }) }
        folders.append((paths.directory, nil))
        folders.append((paths.briefings, nil))
        folders += model.days.map { (paths.briefing($0.day), nil) }
        return folders
    }
}
