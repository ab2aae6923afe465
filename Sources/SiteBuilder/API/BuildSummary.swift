/// What a finished build did, for the one summary line the CLI prints.
public struct BuildSummary: Sendable, Equatable {
    public var articles: Int
    public var entityPages: Int
    /// Files whose bytes changed and were written.
    public var pagesWritten: Int
    /// Files the build produced that were already on disk with the same bytes.
    public var pagesUnchanged: Int
    public var seconds: Double

    public init(articles: Int, entityPages: Int, pagesWritten: Int, pagesUnchanged: Int, seconds: Double) {
        self.articles = articles
        self.entityPages = entityPages
        self.pagesWritten = pagesWritten
        self.pagesUnchanged = pagesUnchanged
        self.seconds = seconds
    }

    public var line: String {
        let time = (seconds * 100).rounded() / 100
        return "\(articles) articles, \(entityPages) entity pages, \(pagesWritten) pages written (\(pagesUnchanged) unchanged) in \(time) s"
    }
}
