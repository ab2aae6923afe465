import Enrichment
import Foundation

/// The build: a literal list of named steps from `Content/` to `Public/`.
public enum SiteBuild {
    /// Runs every step; on any error nothing is written and every diagnostic of the build is thrown.
    public static func run(_ options: BuildOptions, progress: (@Sendable (BuildProgress) -> Void)? = nil) throws -> BuildSummary {
        let started = Date()
        let cache = BuildCache(options: options)
        let inputs = cache.scanInputs()
        if let current = cache.upToDateSummary(for: inputs, started: started) { return current }
        let state = try execute(steps(publishing: true), options: options, progress: progress)
        let summary = BuildSummary(
            articles: state.model?.articles.count ?? 0,
            entityPages: state.rendered?.entityPages ?? 0,
            pagesWritten: state.report.written,
            pagesUnchanged: state.report.unchanged,
            seconds: Date().timeIntervalSince(started)
        )
        cache.record(summary, startedFrom: inputs)
        return summary
    }

    /// Every output file of the site, in memory, without writing anything (for previews and tests).
    public static func render(_ options: BuildOptions) throws -> [OutputFile] {
        try execute(steps(publishing: false), options: options, progress: nil).rendered?.files ?? []
    }

    static func steps(publishing: Bool) -> [BuildStep] {
        var steps = [
            BuildStep("importRawArticles") { state in
                _ = state.collect(RawArticleImport.run(root: state.options.root, content: state.options.contentDirectory), step: "importRawArticles")
            },
            BuildStep("loadConfig") { state in
                let path = SiteConfig.fileName
                state.config = state.collect(SiteConfigLoader.load(
                    from: state.options.configFile, path: path, baseURLOverride: state.options.baseURL), step: "loadConfig") ?? state.config
            },
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
                let loaded = ContentLoader.load(from: state.options.contentDirectory, root: state.options.root, parallel: state.options.parallel)
                state.sources = loaded.articles.filter { !$0.draft }
                _ = state.collect(loaded.diagnostics.failureIfAny, step: "loadArticles")
            },
            BuildStep("checkInput") { state in
                if !state.diagnostics.isEmpty { throw BuildFailure(state.diagnostics) }
            },
            BuildStep("renderMarkdown") { state in
                state.articles = ArticlePreparer.prepare(state.sources, config: state.config, parallel: state.options.parallel)
            },
            BuildStep("buildSiteModel") { state in
                let normalizer = EntityNormalizer(aliases: state.aliases)
                state.model = SiteModelBuilder.build(articles: state.articles, config: state.config) { name, type in
                    normalizer.identify(name, as: type)
                }
            },
            BuildStep("renderPages") { state in
                guard let model = state.model, let theme = state.theme else { return }
                state.rendered = SiteRenderer.render(model, theme: theme, parallel: state.options.parallel)
            },
        ]
        if publishing {
            steps.append(BuildStep("publish") { state in
                let writer = OutputWriter(outputFolder: state.options.output, stateFolder: state.options.cacheDirectory)
                state.report = try writer.publish(state.rendered?.files ?? [])
            })
        }
        return steps
    }

    private static func execute(_ steps: [BuildStep], options: BuildOptions, progress: (@Sendable (BuildProgress) -> Void)?) throws -> BuildState {
        var state = BuildState(options: options)
        for (offset, step) in steps.enumerated() {
            progress?(.started(index: offset + 1, count: steps.count, step: step.name))
            let started = Date()
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
            progress?(.finished(index: offset + 1, count: steps.count, step: step.name, seconds: Date().timeIntervalSince(started)))
        }
        return state
    }
}
