import ArabicText
import Enrichment
import Foundation

/// The build: a literal list of named steps from `Content/` to `Public/`.
public enum SiteBuild {
    /// Runs every step; on any error nothing is written and every diagnostic of the build is thrown.
    public static func run(_ options: BuildOptions, progress: (@Sendable (BuildProgress) -> Void)? = nil) throws -> BuildSummary {
        let started = Date()
        // The output folder is checked beside the reading of the cache and the scan of the inputs: a build with
        // nothing to do needs them all.
        let outputCheck = IntactOutputCheck(writer(options))
        let cache = BuildCache(options: options)
        let inputs = cache.scanInputs()
        let state = try execute(steps(publishing: true), options: options, cache: cache, inputs: inputs, outputCheck: outputCheck,
                                started: started, progress: progress)
        if let finished = state.finished { return finished }
        var summary = BuildSummary(
            articles: state.model?.articles.count ?? 0,
            entityPages: state.rendered?.entityPages ?? 0,
            pagesWritten: state.report.written,
            pagesUnchanged: state.report.unchanged,
            pagesRendered: state.rendered?.renderedCount ?? 0,
            seconds: Date().timeIntervalSince(started)
        )
        summary.warnings = state.warnings
        cache.record(summary, startedFrom: state.inputs ?? inputs, outputSignature: state.outputSignature, outline: state.outline)
        return summary
    }

    /// Every output file of the site, in memory, without writing anything (for tests), each with the render key a
    /// build would record for it.
    static func render(_ options: BuildOptions) throws -> [OutputFile] {
        let inputs = BuildCache(options: options).scanInputs()
        return try execute(steps(publishing: false), options: options, cache: nil, inputs: inputs, progress: nil).rendered?.files ?? []
    }

    /// The entities the built site shows for each article, after the alias file, site-wide merging and the
    /// publishing policy, in article order (by path). Reads `Content/` as it is: raw `.txt` files are not imported.
    public static func articleEntities(_ options: BuildOptions) throws -> [ArticleEntities] {
        let state = try execute([loadConfigStep] + modelSteps, options: options, cache: nil, inputs: nil, progress: nil)
        guard let model = state.model else { return [] }
        return model.articles.map { article in
            ArticleEntities(path: article.source.path, entities: zip(article.entityIDs, article.entityNames).map { id, name in
                ArticleEntities.Entry(type: model.entities[id].type, name: name)
            })
        }
        .sorted { ByteKey($0.path) < ByteKey($1.path) }
    }

    static func steps(publishing: Bool) -> [BuildStep] {
        // A build that publishes first tries the two shortcuts of its cache, each of which may finish it. Then the
        // config comes first: import keeps as many summary sentences as it says.
        var steps = publishing ? [reuseUpToDateSiteStep, rebuildEditedArticlesStep] : []
        steps += [loadConfigStep, checkContentStep, importStep] + modelSteps
            + [checkNotEmptyStep, renderStep(publishing: publishing), searchIndexStep]
        if publishing {
            // Every check has passed by now: only from here on does the build write, first into `Content/`.
            steps.append(BuildStep("writeImportedArticles") { state in
                guard !state.importedArticles.isEmpty else { return }
                try PreparedArticle.writeAll(state.importedArticles).get()
                // The Markdown just written is an input of this very build.
                if let cache = state.cache, let inputs = state.inputs {
                    state.inputs = cache.scanInputs(reusing: inputs.files)
                }
            })
            steps.append(BuildStep("publish") { state in
                guard let rendered = state.rendered else { return }
                let publication = try writer(state.options).publish(rendered.files, reusing: rendered.reused)
                state.report = publication.report
                state.outputSignature = publication.outputSignature
                // After the pages, not beside them: saving in parallel took a core from the file writing and made
                // a cold 1,000-article build 0.1 s slower (measured).
                state.outline = saveCaches(state)
            })
        }
        return steps
    }

    /// Nothing the build reads changed and the output is as the last build left it: the build is done
    /// (docs/architecture.md, "The build cache", rule 2). Unreadable inputs take the full build, which reports them.
    private static var reuseUpToDateSiteStep: BuildStep {
        BuildStep("reuseUpToDateSite") { state in
            guard let cache = state.cache, let inputs = state.inputs, inputs.unusable.isEmpty, let outputCheck = state.outputCheck
            else { return }
            state.finished = cache.upToDateSummary(for: inputs, output: outputCheck, started: state.started)
        }
    }

    /// Only what edited articles' own pages show changed: their pages are rendered and published, and the build is
    /// done (rule 3); anything else leaves it to the steps after this one.
    private static var rebuildEditedArticlesStep: BuildStep {
        BuildStep("rebuildEditedArticles") { state in
            defer {
                // The full build writes the output anew: it needs no check of it.
                if state.finished == nil {
                    state.outputCheck?.abandon()
                    state.outputCheck = nil
                }
            }
            guard let cache = state.cache, let inputs = state.inputs, inputs.unusable.isEmpty, let outputCheck = state.outputCheck
            else { return }
            state.finished = try rebuildEditedArticles(state.options, cache: cache, inputs: inputs, output: outputCheck,
                                                       started: state.started)
        }
    }

    private static var loadConfigStep: BuildStep {
        BuildStep("loadConfig") { state in
            let path = SiteConfig.fileName
            state.config = state.collect(SiteConfigLoader.load(
                from: state.options.configFile, path: path, baseURLOverride: state.options.baseURL), step: "loadConfig") ?? state.config
        }
    }

    /// `Content/` must be a folder the build can read: otherwise it would publish a site without articles. So must
    /// every article and template in it (`BuildInputs.unusable`).
    private static var checkContentStep: BuildStep {
        BuildStep("checkContent") { state in
            let folder = state.options.contentDirectory
            if let problem = ContentFolder.problem(at: folder.fileSystemPath) {
                throw Diagnostic(path: ContentLoader.folderPrefix(of: folder, root: state.options.root), message: problem)
            }
            state.diagnostics += state.inputs?.unusable ?? []
        }
    }

    /// A site whose last build published articles is not emptied by accident (`Content/` moved, a wrong `--root`):
    /// that takes `allowEmpty`.
    private static var checkNotEmptyStep: BuildStep {
        BuildStep("checkNotEmpty") { state in
            guard state.model?.articles.isEmpty == true, !state.options.allowEmpty,
                  let published = state.cache?.previous?.articles, published > 0 else { return }
            throw Diagnostic(path: ContentLoader.folderPrefix(of: state.options.contentDirectory, root: state.options.root),
                             message: "no article to publish, where the last build published \(published); "
                                 + "nothing was written (pass --allow-empty to publish an empty site)")
        }
    }

    private static var importStep: BuildStep {
        BuildStep("importRawArticles") { state in
            let (prepared, warnings) = state.collect(RawArticleImport.run(
                root: state.options.root, content: state.options.contentDirectory, summaryLength: .sentences(state.config.summarySentences)), step: "importRawArticles") ?? ([], [])
            state.importedArticles = prepared
            state.warnings += warnings + textsChangedAfterImport(state)
        }
    }

    /// Raw texts changed since the last build whose Markdown Mujaz made from an earlier version: the site shows the
    /// Markdown, so the edit would go unseen. Only texts whose hash changed are read, so a build checks each once.
    private static func textsChangedAfterImport(_ state: BuildState) -> [Diagnostic] {
        guard let inputs = state.inputs else { return [] }
        let previous = state.cache?.previous?.inputs ?? [:]
        let content = ContentLoader.folderPrefix(of: state.options.contentDirectory, root: state.options.root)
        return inputs.files.compactMap { path, text -> Diagnostic? in
            guard path.hasPrefix(content), path.lowercased().hasSuffix(".txt"), previous[path]?.hash != text.hash else { return nil }
            let markdownPath = String(path.dropLast(4)) + ".md"
            guard inputs.files[markdownPath] != nil,
                  let (_, record) = ArticleImporter.importRecord(of: state.options.root.appendingPathComponent(markdownPath), path: markdownPath),
                  record.source != text.hash.description else { return nil }
            return Diagnostic(path: path, message: "changed since it was imported into \(markdownPath), which is what the site shows; "
                                  + "edit \(markdownPath), or delete it to import the text again")
        }
        .sorted { ByteKey($0.path) < ByteKey($1.path) }
    }

    /// From `Content/` and the alias file to the site model: everything after the config but rendering and writing.
    private static var modelSteps: [BuildStep] {
        [
            BuildStep("loadTemplates") { state in
                guard let theme = state.collect(ThemeLoader.load(siteTemplates: state.options.templatesDirectory, root: state.options.root), step: "loadTemplates") else { return }
                state.theme = theme
                _ = state.collect(TemplateValidator(templates: theme.templates).validate().failureIfAny, step: "loadTemplates")
            },
            BuildStep("loadEntityAliases") { state in
                let file = state.options.root.appendingPathComponent(EntityAliasFile.relativePath)
                state.aliases = state.collect(EntityAliasFile.load(from: file, path: EntityAliasFile.relativePath), step: "loadEntityAliases") ?? .none
            },
            BuildStep("loadArticles") { state in
                if let inputs = state.inputs {
                    state.articleCache = ArticleCache.load(from: cacheFile(ArticleCache.fileName, state.options), context: articleCacheContext(inputs))
                }
                let loaded = ContentLoader.load(
                    from: state.options.contentDirectory, root: state.options.root, parallel: state.options.parallel,
                    cache: state.articleCache, knownHashes: state.inputs?.files.mapValues(\.hash) ?? [:],
                    imported: state.importedArticles.map(\.article))
                state.sources = loaded.articles
                state.cachedArticles = loaded.cached
                _ = state.collect(loaded.diagnostics.failureIfAny, step: "loadArticles")
            },
            BuildStep("checkInput") { state in
                if !state.diagnostics.isEmpty { throw BuildFailure(state.diagnostics) }
            },
            BuildStep("renderMarkdown") { state in
                let published = state.sources.filter { !$0.draft }
                state.articles = ArticlePreparer.prepare(published, config: state.config, parallel: state.options.parallel)
                    + state.cachedArticles.filter { !$0.source.draft }.map(ArticlePreparer.prepare)
            },
            BuildStep("buildSiteModel") { state in
                let normalizer = EntityNormalizer(aliases: state.aliases)
                let known = state.inputs.map {
                    NameIdentityCache.load(from: cacheFile(NameIdentityCache.fileName, state.options), context: nameCacheContext($0))
                } ?? NameIdentities()
                let identities = known.completed(for: state.articles, identify: { normalizer.identify($0, as: $1) }, parallel: state.options.parallel)
                // Spellings are joined across the site only when names came or went, so an unchanged site never loads the
                // general-text word list.
                state.identities = !identities.changed ? identities : identities.joiningSpellings(
                    isFixed: state.aliases.knows,
                    generalText: { (try? WordFrequencies.bundled()) ?? .none })
                state.model = SiteModelBuilder.build(articles: state.articles, config: state.config, identities: state.identities)
            },
        ]
    }

    private static func renderStep(publishing: Bool) -> BuildStep {
        BuildStep("renderPages") { state in
            guard var model = state.model, let theme = state.theme else { return }
            let jobs = SiteRenderer.plan(model, keys: PageKeys(model: model, theme: theme, context: state.renderContext))
            let reused = publishing ? writer(state.options).reusableFiles(jobs) : ReusedOutput()
            let options = state.options, context = state.renderContext, site = model
            state.searchIndex = BackgroundWork {
                Result { try searchIndex(site, manifest: reused.manifest, options: options, context: context, publishing: publishing) }
            }
            let pending = jobs.filter { reused.entries[ByteKey($0.path)] == nil }
            let articlePages = pending.compactMap { job -> Int? in
                if case .page(.article(let id)) = job.kind { id } else { nil }
            }
            let failures = ArticleBodies.load(articlePages, into: &model.articles, root: state.options.root, parallel: state.options.parallel)
            if !failures.isEmpty { throw BuildFailure(failures) }
            state.rendered = SiteRenderer.RenderedSite(
                files: SiteRenderer.render(pending, model: model, theme: theme, parallel: state.options.parallel) + theme.assets,
                renderedCount: pending.count + theme.assets.count, reused: reused, entityPages: SiteRenderer.entityPageCount(model))
        }
    }

    static func writer(_ options: BuildOptions) -> OutputWriter {
        OutputWriter(outputFolder: options.output, stateFolder: options.cacheDirectory)
    }

    static func cacheFile(_ name: String, _ options: BuildOptions) -> String {
        options.cacheDirectory.fileSystemPath + "/" + name
    }

    /// Parsed articles are measured by the same context that decides their lead summaries: Mujaz and the config.
    private static func articleCacheContext(_ inputs: BuildInputs) -> String {
        "\(inputs.tool) config \(inputs.files[SiteConfig.fileName]?.hash.description ?? "-")"
    }

    /// Names are identified by Mujaz's rules and the alias file.
    private static func nameCacheContext(_ inputs: BuildInputs) -> String {
        "\(inputs.tool) aliases \(inputs.files[EntityAliasFile.relativePath]?.hash.description ?? "-")"
    }

    /// Keeps what this build parsed and identified for the next one, and returns the hash of the site outline
    /// it saved. A cache that cannot be saved only costs the next build some work, so it never fails the build.
    private static func saveCaches(_ state: BuildState) -> ContentHash? {
        // The writer makes the state folder only when it changes the output.
        guard let inputs = state.inputs, (try? FileSystem.makeFolder(state.options.cacheDirectory.fileSystemPath)) != nil
        else { return nil }
        let options = state.options, model = state.model, identities = state.identities
        let sources = state.sources, cachedArticles = state.cachedArticles, articles = state.articles
        let articlesChanged = !sources.isEmpty || cachedArticles.count != state.articleCache?.entries.count
        // The files are independent, and each is made and written on one core: side by side they take half the time.
        let saves: [@Sendable () -> ContentHash?] = [
            {
                model.flatMap { model in
                    try? SiteOutline.save(model, digests: model.articles.map(PageKeys.outline(of:)),
                                          context: outlineContext(inputs, options: options), to: cacheFile(SiteOutline.fileName, options))
                }
            },
            {
                if identities.changed {
                    try? NameIdentityCache.save(identities, to: cacheFile(NameIdentityCache.fileName, options), context: nameCacheContext(inputs))
                }
                return nil
            },
            {
                if articlesChanged {
                    try? articleCache(sources: sources, cached: cachedArticles, articles: articles, context: articleCacheContext(inputs))
                        .save(to: cacheFile(ArticleCache.fileName, options))
                }
                return nil
            },
        ]
        return saves.concurrentMap { $0() }[0]
    }

    /// The parsed articles to keep: the cached ones and those parsed by this build.
    private static func articleCache(sources: [ArticleSource], cached: [ArticleCache.Entry], articles: [Article], context: String) -> ArticleCache {
        var entries: [ByteKey: ArticleCache.Entry] = [:]
        for entry in cached { entries[ByteKey(entry.source.path)] = entry }
        // Only the articles parsed in this build (cached ones carry no Markdown) are new to the cache.
        let parsed = articles.filter { $0.source.markdown != nil }
        let prepared = Dictionary(parsed.map { (ByteKey($0.source.path), $0) }, uniquingKeysWith: { first, _ in first })
        for var source in sources {
            source.markdown = nil
            let article = prepared[ByteKey(source.path)]
            entries[ByteKey(source.path)] = ArticleCache.Entry(source: source, wordCount: article?.wordCount ?? 0, summary: article?.summary ?? "")
        }
        return ArticleCache(context: context, entries: entries)
    }

    /// What a site outline holds for: everything a build reads except the articles themselves.
    static func outlineContext(_ inputs: BuildInputs, options: BuildOptions) -> ContentHash {
        let content = ContentLoader.folderPrefix(of: options.contentDirectory, root: options.root)
        var digest = DigestBuilder("outline-context")
        digest.add(renderContext(inputs, options: options))
        let others = inputs.files.filter { !ContentLoader.isMarkdownFile($0.key, in: content) }
        for (path, file) in others.map({ (ByteKey($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
            digest.add(path.text)
            digest.add(file.hash)
        }
        return digest.digest
    }

    /// Everything every page depends on beyond the model and the templates: Mujaz, the config, the options.
    static func renderContext(_ inputs: BuildInputs?, options: BuildOptions) -> ContentHash {
        var digest = DigestBuilder("context")
        digest.add(inputs?.tool ?? "-")
        digest.add(inputs?.files[SiteConfig.fileName]?.hash ?? ContentHash(value: 0))
        digest.add(options.output.fileSystemPath)
        digest.add(options.baseURL ?? "-")
        return digest.digest
    }

    /// Runs `steps` in order until one finishes the build (`BuildState.finished`) or the last has run.
    private static func execute(_ steps: [BuildStep], options: BuildOptions, cache: BuildCache?, inputs: BuildInputs?,
                                outputCheck: IntactOutputCheck? = nil, started: Date = Date(),
                                progress: (@Sendable (BuildProgress) -> Void)?) throws -> BuildState {
        var state = BuildState(options: options, started: started)
        state.cache = cache
        state.inputs = inputs
        state.outputCheck = outputCheck
        state.renderContext = renderContext(inputs, options: options)
        for (offset, step) in steps.enumerated() {
            progress?(.started(index: offset + 1, count: steps.count, step: step.name))
            let stepStarted = Date()
            do {
                try step.run(&state)
            } catch let failure as BuildFailure {
                throw BuildFailure(failure.diagnostics.map { diagnostic in
                    var diagnostic = diagnostic
                    diagnostic.step = diagnostic.step ?? step.name
                    return diagnostic
                })
            } catch let diagnostic as Diagnostic {
                var diagnostic = diagnostic
                diagnostic.step = step.name
                throw BuildFailure([diagnostic])
            }
            progress?(.finished(index: offset + 1, count: steps.count, step: step.name, seconds: Date().timeIntervalSince(stepStarted)))
            if state.finished != nil { break }
        }
        return state
    }
}
