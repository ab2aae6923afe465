import Enrichment
import Foundation

/// The build's first step: raw `.txt` articles without a `.md` beside them are imported (entities,
/// summary, front matter) by `ArticleImporter`, so `mujaz build` takes plain text as it comes.
/// The articles are only prepared in memory: the build writes their files after every check has passed.
enum RawArticleImport {
    /// Succeeds with the imported articles, not yet written, and the import's warnings, when every `.txt` could be
    /// imported.
    static func run(root: URL, content: URL, summaryLength: SummaryLength) -> Result<(articles: [PreparedArticle], warnings: [Diagnostic]), BuildFailure> {
        let files = ArticleImporter.textFilesToImport(in: content)
        // The entity model is only loaded when there is something to import.
        guard !files.isEmpty else { return .success(([], [])) }
        let aliasFile = root.appendingPathComponent(EntityAliasFile.relativePath)
        let aliases: EntityAliases
        switch EntityAliasFile.load(from: aliasFile, path: EntityAliasFile.relativePath) {
        case .success(let loaded): aliases = loaded
        case .failure(let failure): return .failure(failure)
        }
        let finder: ExtractedEntityFinder
        do {
            finder = try ExtractedEntityFinder(aliases: aliases)
        } catch {
            return .failure(BuildFailure([Diagnostic(path: files[0].lastPathComponent, message: "cannot load the entity model: \(error)")]))
        }
        let report = ArticleImporter(entityFinder: finder, summaryLength: summaryLength).prepareFiles(files, root: root)
        return report.diagnostics.failureIfAny.map { (report.prepared, report.warnings) }
    }
}
