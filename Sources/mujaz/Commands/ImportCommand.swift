import ArgumentParser
import Foundation
import SiteBuilder

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn raw .txt articles into Markdown with a summary and entities.",
        discussion: """
            Each FILE.txt becomes FILE.md beside it; the .txt is kept as it was. The first non-empty \
            line is the title, blank lines separate paragraphs, and a short line without final \
            punctuation before a paragraph becomes a heading. The date is --date, else the dateline \
            that opens the text (القاهرة - 5 ديسمبر 2026 -, on its own line or opening the first \
            paragraph), else the file's modification time, with a warning. A .md that exists is never overwritten: importing again changes nothing. Without FILE, \
            every .txt in ROOT/Content that has no .md yet is imported (as `mujaz build` does).
            """
    )

    @Argument(help: "Raw article files (.txt), relative to the current folder.")
    var files: [String] = []

    @OptionGroup var site: SiteFolderOption

    @Option(help: "ISO 8601 date (2025-10-06 or 2025-10-06T09:30:00+03:00) for every article imported, before any dateline.")
    var date: String?

    func validate() throws {
        if let date, !ArticleImporter.isValidDate(date) {
            throw ValidationError("--date '\(date)' is not an ISO 8601 date such as 2025-10-06")
        }
        if let notText = files.first(where: { !$0.lowercased().hasSuffix(".txt") }) {
            throw ValidationError("\(notText): only .txt files are imported")
        }
    }

    func run() async throws {
        let rootURL = site.url
        let importer = try CommandIO.importer(root: rootURL)
        let report = files.isEmpty
            ? importer.importNewArticles(in: rootURL.appendingPathComponent("Content"), date: date)
            : importer.importFiles(files.map { URL(fileURLWithPath: $0) }, date: date, root: rootURL)
        try CommandIO.finish(report, root: rootURL, written: "imported", unchanged: "already imported")
    }
}
