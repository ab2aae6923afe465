import Foundation

/// What an import or enrich run did, file by file.
public struct ImportReport: Sendable {
    /// Markdown files written: created by import, or rewritten by enrich.
    public var written: [URL] = []
    /// Articles imported in memory and not written yet (`ArticleImporter.prepareFiles`).
    var prepared: [PreparedArticle] = []
    /// Files left as they were: `.txt` already imported from the same text, or articles whose
    /// generated fields are already up to date.
    public var unchanged: [URL] = []
    /// Information that needs no action, such as which fields an editor has taken over.
    public var notes: [Diagnostic] = []
    /// Imported files whose output needs a look, such as an article dated by its file's modification time.
    public var warnings: [Diagnostic] = []
    /// Files that could not be imported, each naming the file; nothing was written for them.
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// The reports of several runs one after the other, in their order.
    init(merging reports: [ImportReport]) {
        for report in reports {
            written += report.written
            prepared += report.prepared
            unchanged += report.unchanged
            notes += report.notes
            warnings += report.warnings
            diagnostics += report.diagnostics
        }
    }
}
