/// What a finished build did, for the one summary line the CLI prints.
public struct BuildSummary: Sendable, Equatable {
    public var articles: Int
    public var entityPages: Int
    /// Files whose bytes changed and were written.
    public var pagesWritten: Int
    /// Files the build produced that were already on disk with the same bytes.
    public var pagesUnchanged: Int
    /// Files rendered by this build; the others were kept because nothing they show changed (see `PageKeys`).
    public var pagesRendered: Int
    public var seconds: Double
    /// What needs a look though the build succeeded, such as an imported article dated by its file's time.
    public var warnings: [Diagnostic] = []

    public init(articles: Int, entityPages: Int, pagesWritten: Int, pagesUnchanged: Int, pagesRendered: Int? = nil, seconds: Double) {
        self.articles = articles
        self.entityPages = entityPages
        self.pagesWritten = pagesWritten
        self.pagesUnchanged = pagesUnchanged
        self.pagesRendered = pagesRendered ?? pagesWritten + pagesUnchanged
        self.seconds = seconds
    }

    public var line: String {
        let time = (seconds * 100).rounded() / 100
        let total = pagesWritten + pagesUnchanged
        let rendered = pagesRendered < total ? ", \(pagesRendered) rendered" : ""
        return "\(articles) articles, \(entityPages) entity pages, \(pagesWritten) pages written (\(pagesUnchanged) unchanged\(rendered)) in \(time) s"
    }
}
