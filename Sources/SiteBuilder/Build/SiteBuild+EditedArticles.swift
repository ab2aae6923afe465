import ArabicText
import Foundation

extension SiteBuild {
    /// The build after an editor changed only what articles' own pages show (a body, tags, their own fields):
    /// nothing any other page shows of them (`PageKeys.outline(of:)`) changed, so only their pages can differ.
    /// They are rendered with the rest of the site taken from the outline the last full build saved, and published
    /// with every other file kept, without loading the other articles or building the model.
    ///
    /// nil whenever anything else changed, the output was touched, or an edited article does not load: the full
    /// build then runs (and reports any error). Its output is the one the full build would write (tested).
    static func rebuildEditedArticles(_ options: BuildOptions, cache: BuildCache, inputs: BuildInputs, output outputCheck: IntactOutputCheck,
                                      started: Date) throws -> BuildSummary? {
        guard let record = cache.previous, let outlineHash = record.outline, inputs.files.count == record.inputs.count else { return nil }
        var edited: [String] = []
        for (path, file) in inputs.files {
            guard let before = record.inputs[path] else { return nil }
            if before.hash != file.hash { edited.append(path) }
        }
        let content = ContentLoader.folderPrefix(of: options.contentDirectory, root: options.root)
        guard !edited.isEmpty, edited.allSatisfy({ ContentLoader.isMarkdownFile($0, in: content) }) else { return nil }
        // The output check, an `lstat` per file, runs beside the rest of this route, which is serial.
        let outputWriter = writer(options)
        guard let outline = SiteOutline(file: cacheFile(SiteOutline.fileName, options)), outline.hash == outlineHash,
              outline.context == outlineContext(inputs, options: options),
              case .success(let config) = SiteConfigLoader.load(from: options.configFile, path: SiteConfig.fileName, baseURLOverride: options.baseURL),
              !config.searchBodies,  // the search index then holds the edited bodies too
              case .success(let theme) = ThemeLoader.load(siteTemplates: options.templatesDirectory, root: options.root)
        else { return nil }
        var sources: [ArticleSource] = []
        for path in edited.map(ByteKey.init).sorted().map(\.text) {
            guard case .success(let source) = ContentLoader.parse(options.root.appendingPathComponent(path), path: path), !source.draft
            else { return nil }
            sources.append(source)
        }
        guard let model = outlineModel(of: ArticlePreparer.prepare(sources, config: config, parallel: false), outline: outline, config: config),
              let output = outputCheck.result, output.signature == record.outputSignature
        else { return nil }
        let keys = PageKeys(model: model, theme: theme, context: renderContext(inputs, options: options))
        let paths = SitePaths(baseURL: config.baseURL)
        let jobs = sources.indices.map { SiteRenderer.articleJob($0, model: model, keys: keys, paths: paths) }
        let files = SiteRenderer.render(jobs, model: model, theme: theme, parallel: false)
        // Every other file is kept; the manifest's entries are passed whole rather than copied without the edited
        // pages' (tens of thousands of them), since the published files take the place of their entries.
        let reused = ReusedOutput(manifest: output.manifest, manifestFile: output.file, entries: output.manifest.entries)
        let publication = try outputWriter.publish(files, reusing: reused)

        let summary = BuildSummary(
            articles: record.articles, entityPages: record.entityPages, pagesWritten: publication.report.written,
            pagesUnchanged: publication.report.unchanged, pagesRendered: files.count, seconds: Date().timeIntervalSince(started))
        cache.record(summary, startedFrom: inputs, outputSignature: publication.outputSignature, outline: outline.hash)
        return summary
    }

    /// A model of the edited articles (first, in the given order) and of just what their pages show of the rest
    /// of the site, taken from `outline`; nil when an edited article changed more than its own page.
    private static func outlineModel(of edited: [Article], outline: SiteOutline, config: SiteConfig) -> SiteModel? {
        var outlines: [SiteOutline.ArticleOutline] = []
        for article in edited {
            guard let index = outline.index(ofArticleAt: article.source.path), let entry = outline.article(index),
                  entry.digest == PageKeys.outline(of: article)
            else { return nil }
            outlines.append(entry)
        }
        var articles = edited
        var localArticle = Dictionary(outlines.enumerated().map { ($1.index, $0) }, uniquingKeysWith: { first, _ in first })
        for index in outlines.flatMap(\.related) where localArticle[index] == nil {
            guard let entry = outline.article(index), let date = ArticleDate(iso: entry.isoDate), date.isoStringAsWritten == entry.isoDate
            else { return nil }
            localArticle[index] = articles.count
            let source = ArticleSource(path: "", title: entry.title, date: date, slug: nil, summary: entry.summary, names: [:],
                                       tags: [], draft: false, params: [:], markdown: nil)
            articles.append(Article(source: source, slug: entry.slug, bodyHTML: nil, wordCount: 0, summary: entry.summary, entityIDs: []))
        }
        // Entity IDs keep their order (type, then name), which is the order article pages list them in.
        var localEntity: [Int: Int] = [:]
        var entities: [Entity] = []
        for id in Set(outlines.flatMap(\.entityIDs)).sorted() {
            guard let entry = outline.entity(id) else { return nil }
            localEntity[id] = entities.count
            entities.append(Entity(type: entry.type, key: "", name: entry.name, slug: entry.slug, articleIDs: [], coMentioned: []))
        }
        for (position, entry) in outlines.enumerated() {
            articles[position].slug = entry.slug
            articles[position].entityIDs = entry.entityIDs.compactMap { localEntity[$0] }
            articles[position].entityNames = entry.entityNames
        }
        let related = articles.indices.map { position in
            position < outlines.count ? outlines[position].related.compactMap { localArticle[$0] } : []
        }
        return SiteModel(config: config, articles: articles, entities: entities, related: related, days: [])
    }
}
