import Enrichment
import Foundation

/// What the build steps hand each other. Loading steps only collect diagnostics, so one build reports
/// the problems of the config, the templates and every article together before it stops.
struct BuildState {
    let options: BuildOptions
    var diagnostics: [Diagnostic] = []
    /// Problems that stop nothing but need a look, such as an article dated by its file's time.
    var warnings: [Diagnostic] = []
    var config = SiteConfig()
    var theme: Theme?
    var aliases = EntityAliases.none
    /// The build cache and the input files' hashes, when the build publishes (and so may use its cache).
    var cache: BuildCache?
    var inputs: BuildInputs?
    /// Whether the output folder is as the last build left it, begun before the build record is read and the inputs
    /// are scanned: the two shortcuts of the cache take its result, and a full build stops it.
    var outputCheck: IntactOutputCheck?
    /// What every render key starts from (see `PageKeys`).
    var renderContext = ContentHash(value: 0)
    var articleCache: ArticleCache?
    /// Articles the import step of this build prepared in memory: loading takes them as if their files existed,
    /// and they are written only once every check has passed.
    var importedArticles: [PreparedArticle] = []
    /// Articles parsed from their files in this build.
    var sources: [ArticleSource] = []
    /// Articles taken from the build cache.
    var cachedArticles: [ArticleCache.Entry] = []
    var articles: [Article] = []
    var identities = NameIdentities()
    var model: SiteModel?
    var rendered: SiteRenderer.RenderedSite?
    /// The search index, begun beside the pages by `renderPages`.
    var searchIndex: BackgroundWork<Result<SiteBuild.SearchIndexOutput, any Error>>?
    var report = PublishReport()
    var outputSignature: ContentHash?
    /// The hash of the site outline this build saved, if it could (see `SiteOutline`).
    var outline: ContentHash?

    /// When the build began, for its summary.
    let started: Date
    /// The summary of a build a step finished early (nothing changed; only articles' own pages did): the steps
    /// after that one do not run.
    var finished: BuildSummary?

    init(options: BuildOptions, started: Date = Date()) {
        self.options = options
        self.started = started
    }

    mutating func collect<Value>(_ result: Result<Value, BuildFailure>, step: String) -> Value? {
        switch result {
        case .success(let value):
            return value
        case .failure(let failure):
            diagnostics += failure.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.step = diagnostic.step ?? step
                return diagnostic
            }
            return nil
        }
    }
}
