import Templating

/// Renders the site model into output files, in memory. Pure: the same model and theme always give the same
/// files, in the same order. Rendering is planned first (every file with its path and render key), so a build
/// can leave out the files whose keys say they are already up to date.
enum SiteRenderer {
    struct RenderedSite: Sendable {
        var files: [OutputFile]
        /// Files this build made (rendered pages and the theme's assets).
        var renderedCount: Int
        /// Paths left as the last build wrote them, because their render keys did not change.
        var reused: ReusedOutput
        var entityPages: Int
    }

    /// Every generated file of the site, in output order, with its render key.
    static func plan(_ model: SiteModel, keys: PageKeys) -> [OutputJob] {
        let paths = SitePaths(baseURL: model.config.baseURL)
        let perPage = model.config.itemsPerPage
        let homePages = Pagination(total: model.articles.count, size: perPage)
        var jobs: [OutputJob] = []
        func page(_ job: PageJob, _ folder: String, _ pages: Pagination) {
            jobs.append(OutputJob(kind: .page(job), path: paths.file(of: folder), key: keys.key(job, pages: pages)))
        }
        let single = Pagination(total: 0, size: 1)
        jobs += model.articles.indices.map { articleJob($0, model: model, keys: keys, paths: paths) }
        for number in 1...homePages.count {
            page(.home(page: number), paths.paginated(paths.home, page: number), homePages)
        }
        for (id, entity) in model.entities.enumerated() {
            let pages = entityPagination(entity, model: model)
            for number in 1...pages.count {
                page(.entity(id, page: number), paths.paginated(paths.entity(entity.type, entity.slug), page: number), pages)
            }
        }
        page(.directory, paths.directory, single)
        page(.briefings, paths.briefings, single)
        jobs.append(OutputJob(kind: .page(.notFound), path: "404.html", key: keys.key(.notFound, pages: single)))
        page(.search, paths.search, single)
        for (index, briefing) in model.days.enumerated() {
            let pages = briefingPagination(briefing, model: model)
            for number in 1...pages.count {
                page(.briefing(index, page: number), paths.paginated(paths.briefing(briefing.day), page: number), pages)
            }
        }
        jobs.append(OutputJob(kind: .siteFeed, path: paths.feed(of: paths.home), key: keys.siteFeedKey()))
        for (id, entity) in model.entities.enumerated() {
            jobs.append(OutputJob(kind: .entityFeed(id), path: paths.feed(of: paths.entity(entity.type, entity.slug)), key: keys.feedKey(ofEntity: id)))
        }
        jobs.append(OutputJob(kind: .sitemap, path: "sitemap.xml", key: keys.sitemapKey()))
        jobs.append(OutputJob(kind: .newsSitemap, path: Sitemap.newsPath, key: keys.newsSitemapKey()))
        jobs.append(OutputJob(kind: .robots, path: "robots.txt", key: keys.robotsKey()))
        return jobs
    }

    /// The job of one article's page.
    static func articleJob(_ id: Int, model: SiteModel, keys: PageKeys, paths: SitePaths) -> OutputJob {
        OutputJob(kind: .page(.article(id)), path: paths.file(of: paths.article(model.articles[id].slug)),
                  key: keys.key(.article(id), pages: Pagination(total: 0, size: 1)))
    }

    static func entityPageCount(_ model: SiteModel) -> Int {
        model.entities.reduce(0) { $0 + entityPagination($1, model: model).count }
    }

    private static func entityPagination(_ entity: Entity, model: SiteModel) -> Pagination {
        Pagination(total: entity.articleIDs.count, size: model.config.itemsPerPage)
    }

    private static func briefingPagination(_ briefing: DayBriefing, model: SiteModel) -> Pagination {
        Pagination(total: briefing.articleIDs.count, size: model.config.itemsPerPage)
    }

    /// Renders `jobs` (all of the plan, or the part not reused). Article pages need their HTML bodies loaded.
    static func render(_ jobs: [OutputJob], model: SiteModel, theme: Theme, parallel: Bool) -> [OutputFile] {
        // Most of the site to render: share article items and entity links across pages.
        let views = PageViews(model: model, sharedUpFront: jobs.count > model.articles.count)
        let homePages = Pagination(total: model.articles.count, size: model.config.itemsPerPage)
        let render = { @Sendable (job: OutputJob) -> OutputFile in
            var file = OutputFile(path: job.path, text: text(of: job.kind, views: views, theme: theme, homePages: homePages))
            file.renderKey = job.key
            return file
        }
        return parallel ? jobs.concurrentMap(render) : jobs.map(render)
    }

    private static func text(of kind: OutputJob.Kind, views: PageViews, theme: Theme, homePages: Pagination) -> String {
        let model = views.model
        let paths = views.paths
        switch kind {
        case .page(let job):
            return theme.library.render(job.kind.templateName, with: values(of: job, views: views, homePages: homePages)) ?? ""
        case .siteFeed:
            return AtomFeed.make(title: model.config.title, folder: paths.home, articleIDs: Array(model.articles.indices), model: model, paths: paths)
        case .entityFeed(let id):
            let entity = model.entities[id]
            return AtomFeed.make(title: "\(entity.name) — \(model.config.title)", folder: paths.entity(entity.type, entity.slug),
                                 articleIDs: entity.articleIDs, model: model, paths: paths)
        case .sitemap:
            return Sitemap.make(folders: sitemapFolders(model, paths: paths), paths: paths)
        case .newsSitemap:
            return Sitemap.news(model, paths: paths)
        case .robots:
            return Sitemap.robots(paths: paths)
        }
    }

    private static func values(of job: PageJob, views: PageViews, homePages: Pagination) -> TemplateValue {
        switch job {
        case .article(let id): views.article(id)
        case .home(let number): views.home(page: number, of: homePages)
        case .entity(let id, let number): views.entity(id, page: number, of: entityPagination(views.model.entities[id], model: views.model))
        case .directory: views.directory()
        case .briefing(let index, let number): views.briefing(index, page: number, of: briefingPagination(views.model.days[index], model: views.model))
        case .briefings: views.briefings()
        case .notFound: views.notFound()
        case .search: views.search()
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
