import Foundation

/// An imported article held in memory: the Markdown file import will create, and the article a build reads
/// from it, so that the build that imports it need not parse it again.
struct PreparedArticle: Sendable {
    var markdownFile: URL
    /// The file relative to the site root, as messages name it.
    var markdownPath: String
    var text: String
    /// Decoded from `text` exactly as `ContentLoader` decodes the file (tested).
    var article: ArticleSource

    /// Creates the file; fails, overwriting nothing, if a file of that name exists.
    func write() throws(Diagnostic) {
        try ArticleFileWriting.createNew(markdownFile.path, text: text, displayPath: markdownPath)
    }

    /// Writes every article or none: when one cannot be written, those already written by this call are
    /// removed again (they did not exist before it) and every failure is returned.
    static func writeAll(_ articles: [PreparedArticle]) -> Result<Void, BuildFailure> {
        let outcomes = articles.concurrentMap { article in Result { () throws(Diagnostic) in try article.write() } }
        let failures = outcomes.compactMap { outcome -> Diagnostic? in
            if case .failure(let diagnostic) = outcome { diagnostic } else { nil }
        }
        guard !failures.isEmpty else { return .success(()) }
        for (article, outcome) in zip(articles, outcomes) {
            if case .success = outcome { try? FileManager.default.removeItem(at: article.markdownFile) }
        }
        return .failure(BuildFailure(failures))
    }
}
