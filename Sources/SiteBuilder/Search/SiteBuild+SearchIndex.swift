import ArabicText
import Foundation

extension SiteBuild {
    /// What the search index step adds to the rendered site: the index files kept on disk, or the files made
    /// anew with those of them whose bytes did not change.
    struct SearchIndexOutput: Sendable {
        var kept: [ByteKey: OutputManifest.Entry] = [:]
        var files: [OutputFile] = []
    }

    /// Makes the search index, or finds the one on disk still right when nothing it is made of changed. It is
    /// made of what lists show of each article and its entities, so an edit that leaves the site outline alone
    /// leaves the index alone too (see `rebuildEditedArticles`); with `search_bodies` the articles' texts too, and
    /// a body edit takes the full build. It needs the model and the last manifest only: `renderPages` starts it
    /// beside the pages (`BackgroundWork`), whose rendering keeps both cores busy where its own serial parts
    /// would leave one idle.
    static func searchIndex(_ model: SiteModel, manifest: OutputManifest?, options: BuildOptions, context: ContentHash,
                            publishing: Bool) throws -> SearchIndexOutput {
        let key = searchIndexKey(model, context: context)
        if publishing, let kept = writer(options).reusableFolder(SearchIndex.folder, key: key, manifest: manifest) {
            return SearchIndexOutput(kept: kept)
        }
        var documents = searchDocuments(model)
        if model.config.searchBodies {
            let bodies = try articleMarkdown(model.articles, root: options.root, parallel: options.parallel)
            for index in documents.indices { documents[index].body = bodies[index] }
        }
        var files = SearchIndex.files(documents: documents, entities: searchEntities(model), parallel: options.parallel)
        // An edit changes a few shards and one record chunk; the other files stay as they are.
        let unchanged = publishing ? writer(options).unchangedFiles(files, key: key, manifest: manifest) : [:]
        files.removeAll { unchanged[ByteKey($0.path)] != nil }
        for index in files.indices { files[index].renderKey = key }
        return SearchIndexOutput(kept: unchanged, files: files)
    }

    /// Adds the search index that `renderPages` started to the rendered site.
    static var searchIndexStep: BuildStep {
        BuildStep("writeSearchIndex") { state in
            guard let pending = state.searchIndex, var rendered = state.rendered else { return }
            let output = try pending.wait().get()
            rendered.reused.entries.merge(output.kept) { first, _ in first }
            rendered.files += output.files
            rendered.renderedCount += output.files.count
            state.rendered = rendered
        }
    }

    static func searchDocuments(_ model: SiteModel) -> [SearchIndex.Document] {
        let paths = SitePaths(baseURL: model.config.baseURL)
        let format = ArabicFormatter(style: model.config.dateStyle)
        return model.articles.map { article in
            SearchIndex.Document(
                url: paths.link(paths.article(article.slug)), title: article.title, isoDay: article.date.day.isoString,
                dateLabel: format.date(article.date), summary: article.summary,
                entityNames: article.entityIDs.map { model.entities[$0].name })
        }
    }

    /// Each article's Markdown: kept from parsing in this build, else read again (articles from the build cache),
    /// without decoding the front matter this build already has.
    static func articleMarkdown(_ articles: [Article], root: URL, parallel: Bool) throws -> [String] {
        let read = { @Sendable (source: ArticleSource) -> Result<String, BuildFailure> in
            if let markdown = source.markdown { return .success(markdown) }
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(source.path).path) else {
                return .failure(BuildFailure([Diagnostic(path: source.path, message: "cannot read the file")]))
            }
            return SourceText.decode(data, path: source.path)
                .flatMap { FrontMatterDocument.split($0, path: source.path) }
                .map(\.body)
                .mapError { BuildFailure([$0]) }
        }
        let sources = articles.map(\.source)
        let results = parallel ? sources.concurrentMap(read) : sources.map(read)
        var bodies: [String] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let markdown): bodies.append(markdown)
            case .failure(let failure): problems += failure.diagnostics
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return bodies
    }

    static func searchEntities(_ model: SiteModel) -> [SearchIndex.EntityRecord] {
        let paths = SitePaths(baseURL: model.config.baseURL)
        return model.entities.map { entity in
            SearchIndex.EntityRecord(name: entity.name, typeLabel: entity.type.singularLabel,
                                     url: paths.link(paths.entity(entity.type, entity.slug)), articleCount: entity.articleIDs.count)
        }
    }

    /// Everything the index shows or folds: the render context, each article's listing and entities, each entity.
    static func searchIndexKey(_ model: SiteModel, context: ContentHash) -> ContentHash {
        var digest = DigestBuilder("search-index")
        digest.add(context)
        digest.add(model.articles.count)
        for article in model.articles {
            digest.add(article.title)
            digest.add(article.slug)
            digest.add(article.date.isoStringAsWritten)
            digest.add(article.summary)
            if model.config.searchBodies { digest.add(article.source.contentHash) }
            digest.add(article.entityIDs.count)
            for id in article.entityIDs { digest.add(id) }
        }
        digest.add(model.entities.count)
        for entity in model.entities {
            digest.add(entity.type.rawValue)
            digest.add(entity.name)
            digest.add(entity.slug)
            digest.add(entity.articleIDs.count)
        }
        return digest.digest
    }
}
