import ArgumentParser
import Enrichment
import Foundation
import SiteBuilder

/// What `import`, `enrich` and `summarize` share: reading input, the bundled entity model with the
/// site's alias file, and how results and errors are printed.
enum CommandIO {
    /// The importer of the site under `root`: its alias file, and the summary length of its `mujaz.yml`.
    static func importer(root: URL) throws -> ArticleImporter {
        let aliasFile = root.appendingPathComponent(EntityAliasFile.relativePath)
        let aliases: EntityAliases
        switch EntityAliasFile.load(from: aliasFile, path: EntityAliasFile.relativePath) {
        case .success(let loaded): aliases = loaded
        case .failure(let failure):
            for diagnostic in failure.diagnostics { printToStandardError("error: \(diagnostic)") }
            throw ExitCode.failure
        }
        let summarySentences: Int
        switch SiteConfig.load(for: BuildOptions(root: root)) {
        case .success(let config): summarySentences = config.summarySentences
        case .failure(let failure):
            for diagnostic in failure.diagnostics { printToStandardError("error: \(diagnostic)") }
            throw ExitCode.failure
        }
        do {
            return ArticleImporter(entityFinder: try ExtractedEntityFinder(aliases: aliases), summaryLength: .sentences(summarySentences))
        } catch {
            throw failure("cannot load the entity model: \(error)")
        }
    }

    /// One line per file on standard output, notes and errors on standard error; a non-zero exit
    /// status when any file failed.
    static func finish(_ report: ImportReport, root: URL, written: String, unchanged: String) throws {
        for file in report.written { print("\(written): \(ArticleImporter.displayPath(of: file, root: root))") }
        for file in report.unchanged { print("\(unchanged): \(ArticleImporter.displayPath(of: file, root: root))") }
        for note in report.notes { printToStandardError("note: \(note)") }
        for warning in report.warnings { printToStandardError("warning: \(warning)") }
        for diagnostic in report.diagnostics { printToStandardError("error: \(diagnostic)") }
        if !report.diagnostics.isEmpty { throw ExitCode.failure }
    }

    /// UTF-8 text of `path`, or of standard input when nil; a clear message and exit status 1 otherwise.
    static func readText(at path: String?) throws -> String {
        let name = path ?? "standard input"
        let data = path.map { FileManager.default.contents(atPath: $0) } ?? FileHandle.standardInput.readDataToEndOfFile()
        guard let data else { throw failure("\(name): cannot read the file") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw failure("\(name): not valid UTF-8; save the file as UTF-8")
        }
        return text
    }

    /// Prints `message` as an error and gives the exit status to throw (no usage text: the command was right).
    static func failure(_ message: String) -> ExitCode {
        printToStandardError("error: \(message)")
        return .failure
    }

    static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
