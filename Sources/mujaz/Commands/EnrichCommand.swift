import ArgumentParser
import Foundation
import SiteBuilder

struct EnrichCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrich",
        abstract: "Refresh the summary and entities of imported articles (after a model update).",
        discussion: """
            Runs entity extraction and summarization again and rewrites only the fields that still \
            hold exactly what Mujaz generated (summary, people, organizations, places), as recorded \
            in each article's `mujaz:` block. A field an editor changed or removed is kept as it is; \
            an article without a `mujaz:` block is left alone. Running it twice changes nothing.
            """
    )

    @Argument(help: "Markdown articles to enrich (default: every .md in ROOT/Content).")
    var files: [String] = []

    @OptionGroup var site: SiteFolderOption

    func run() async throws {
        let rootURL = site.url
        let importer = try CommandIO.importer(root: rootURL)
        let report = files.isEmpty
            ? importer.enrichArticles(in: rootURL.appendingPathComponent("Content"))
            : importer.enrichFiles(files.map { URL(fileURLWithPath: $0) }, root: rootURL)
        try CommandIO.finish(report, root: rootURL, written: "enriched", unchanged: "up to date")
    }
}
