import Foundation

/// Gives cached articles (see `ArticleCache`) their HTML bodies back, for the article pages that must be
/// rendered again: their files are read and parsed as on a cold build.
enum ArticleBodies {
    static func load(_ ids: [Int], into articles: inout [Article], root: URL, parallel: Bool) -> [Diagnostic] {
        let missing = ids.filter { articles[$0].bodyHTML == nil }
        guard !missing.isEmpty else { return [] }
        let sources = missing.map { articles[$0].source }
        let read = { @Sendable (source: ArticleSource) -> Result<String, BuildFailure> in
            ContentLoader.parse(root.appendingPathComponent(source.path), path: source.path)
                .map { MarkdownRenderer.html(from: $0.markdown ?? "") }
        }
        let bodies = parallel ? sources.concurrentMap(read) : sources.map(read)
        var diagnostics: [Diagnostic] = []
        for (id, body) in zip(missing, bodies) {
            switch body {
            case .success(let html): articles[id].bodyHTML = html
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        return diagnostics
    }
}
