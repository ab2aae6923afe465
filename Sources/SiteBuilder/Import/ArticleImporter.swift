import Enrichment
import Foundation
import Yams

/// Turns raw `.txt` articles into Markdown with generated front matter, beside the text, and
/// refreshes the generated fields of imported articles (`mujaz enrich`).
///
/// Safety rules: the `.txt` is only read, never changed or removed; a `.md` that exists is never
/// overwritten by import; enrich rewrites only the fields that still hold exactly what Mujaz
/// generated, so an editor's correction is kept forever.
public struct ArticleImporter: Sendable {
    let enricher: ArticleEnricher

    /// - Parameters:
    ///   - entityFinder: the entity model; its version is recorded in every article it enriches.
    ///   - summaryLength: the length of the `summary` field (the site's 2 sentences by default).
    public init(entityFinder: any EntityFinding, summaryLength: SummaryLength = .site) {
        enricher = ArticleEnricher(entityFinder: entityFinder, summaryLength: summaryLength)
    }

    /// Imports every `.txt` under `contentDirectory` that has no `.md` beside it yet. Paths in
    /// messages are relative to the site root, the folder that holds `contentDirectory`.
    /// `date` (ISO 8601), when given, is every article's date (see `ImportedDate`).
    public func importNewArticles(in contentDirectory: URL, date: String? = nil) -> ImportReport {
        importFiles(Self.textFilesToImport(in: contentDirectory), date: date, root: contentDirectory.deletingLastPathComponent())
    }

    /// The `.txt` files under `contentDirectory` (hidden ones skipped) with no `.md` beside them,
    /// sorted. Cheap: a build calls it first and loads the entity model only when there are some.
    static func textFilesToImport(in contentDirectory: URL) -> [URL] {
        ContentLoader.files(withExtension: "txt", in: contentDirectory).filter { file in
            FileSystem.status(file.deletingPathExtension().appendingPathExtension("md").path) == nil
        }
    }

    /// Imports the given `.txt` files. `date` (ISO 8601), when given, is every article's date; without it each
    /// article is dated by its dateline, else by its file's modification time with a warning (see `ImportedDate`).
    /// Articles are independent, so they are imported on every core, each written as soon as it is
    /// ready, whatever happens to the others; the report lists them in the order of `files` whatever
    /// order they finish in.
    public func importFiles(_ files: [URL], date: String? = nil, root: URL) -> ImportReport {
        run(files, date: date, root: root) { report in
            for article in report.prepared {
                do throws(Diagnostic) {
                    try article.write()
                    report.written.append(article.markdownFile)
                } catch {
                    report.diagnostics.append(error)
                }
            }
            report.prepared = []
        }
    }

    /// What `importFiles` does, but in memory only: the report's `prepared` articles are ready to be
    /// written, and nothing is written. The build writes them once every other check has passed.
    func prepareFiles(_ files: [URL], date: String? = nil, root: URL) -> ImportReport {
        run(files, date: date, root: root) { _ in }
    }

    /// Prepares each file on every core, and hands its report to `finish` on the same core.
    private func run(_ files: [URL], date: String?, root: URL, finish: @Sendable (inout ImportReport) -> Void) -> ImportReport {
        ImportReport(merging: Self.distinct(files).concurrentMap { file in
            var report = ImportReport()
            prepareFile(file, date: date, root: root, into: &report)
            finish(&report)
            return report
        })
    }

    private func prepareFile(_ file: URL, date option: String?, root: URL, into report: inout ImportReport) {
        let path = ContentLoader.relativePath(of: file, to: root)
        let markdownFile = file.deletingPathExtension().appendingPathExtension("md")
        let markdownPath = ContentLoader.relativePath(of: markdownFile, to: root)
        do throws(Diagnostic) {
            let (bytes, modified) = try Self.readRawText(file, path: path)
            let source = ContentHash(bytes).description
            if FileSystem.status(markdownFile.path) != nil {
                try checkAlreadyImported(markdownFile, source: source, textPath: path, markdownPath: markdownPath, into: &report)
                report.unchanged.append(file)
                return
            }
            let decoded = try RawTextDecoder.decode(bytes, path: path).get()
            let raw = try RawArticleParser.parse(decoded.text, path: path)
            let date = ImportedDate(option: option, dateline: raw.dateline, modified: modified)
            if date.source == .fileTime {
                report.warnings.append(Diagnostic(path: path, line: raw.blocks[0].firstLine, message: """
                    no dateline opens the article; dated by the file's modification time, \(date.text) \
                    (start the first paragraph with one, such as `القاهرة - 5 ديسمبر 2026 -`, or import with --date)
                    """))
            }
            let markdown = article(from: raw, slug: Self.slug(of: file), date: date.text, encoding: decoded.encoding, source: source)
            let serialized: String
            do {
                serialized = try markdown.serialized()
            } catch {
                throw Diagnostic(path: markdownPath, message: "cannot write front matter: \(error)")
            }
            var article: ArticleSource
            switch ArticleDecoder.decode(.mapping(markdown.fields), body: markdown.body, path: markdownPath, firstLine: FrontMatterDocument.firstYAMLLine) {
            case .success(let decoded): article = decoded
            case .failure(let failure):
                report.diagnostics += failure.diagnostics
                return
            }
            article.contentHash = ContentHash(serialized)
            report.prepared.append(PreparedArticle(markdownFile: markdownFile, markdownPath: markdownPath, text: serialized, article: article))
            if raw.titleIsGenerated {
                report.notes.append(Diagnostic(path: markdownPath, message: "the text has no title line; the title was made from its first sentence (correct it in the front matter)"))
            }
        } catch {
            report.diagnostics.append(error)
        }
    }

    private func article(from raw: RawArticle, slug: String, date: String, encoding: String?, source: String) -> ImportedMarkdown {
        let fields = GeneratedFields(
            title: raw.title,
            date: date,
            slug: slug,
            sourceEncoding: encoding,
            enrichment: enricher.enrichment(title: raw.title, paragraphs: raw.paragraphs)
        ).fields
        let record = GenerationRecord(
            generator: Self.generator, model: enricher.entityFinder.modelVersion, source: source, fields: fields
        )
        let pairs = fields.map { (Node.text($0.key), $0.value.node) }
            + [(Node.text(GenerationRecord.key), record.node(order: fields.map(\.key)))]
        return ImportedMarkdown(fields: Node.Mapping(writing: pairs), body: "\n" + MarkdownBody.render(raw.blocks))
    }

    /// A `.md` beside the text is fine when it was imported from these very bytes; then only
    /// the editor's changes are worth a note. Anything else is reported and left alone.
    private func checkAlreadyImported(
        _ markdownFile: URL, source: String, textPath: String, markdownPath: String, into report: inout ImportReport
    ) throws(Diagnostic) {
        let notImported = "not imported: \(markdownPath) already exists"
        guard let (markdown, record) = Self.importRecord(of: markdownFile, path: markdownPath) else {
            throw Diagnostic(path: textPath, message: "\(notImported) and was not imported by Mujaz; nothing was overwritten (rename one of the two files to keep both)")
        }
        guard record.source == source else {
            throw Diagnostic(path: textPath, message: "\(notImported) and was imported from an earlier version of this text; nothing was overwritten (delete \(markdownPath) to import the text again)")
        }
        let edited = record.fingerprints.keys.filter { !record.isGenerated($0, value: markdown.value(of: $0)) }
        if !edited.isEmpty {
            report.notes.append(Diagnostic(path: markdownPath, message: "already imported; the editor's changes to \(Self.fieldList(edited)) are kept"))
        }
    }

    /// An article file and its `mujaz:` record, nil when it cannot be read or Mujaz did not import it.
    static func importRecord(of markdownFile: URL, path: String) -> (ImportedMarkdown, GenerationRecord)? {
        guard let bytes = FileSystem.contents(markdownFile.path),
              case .success(let text) = SourceText.decode(Data(bytes), path: path),
              let markdown = try? ImportedMarkdown(parsing: text, path: path),
              let record = GenerationRecord(node: markdown.fields[GenerationRecord.key]) else { return nil }
        return (markdown, record)
    }

    static let generator = "mujaz \(MujazVersion.current)"

    /// Each file once, in first-seen order: two workers must never write the same article.
    static func distinct(_ files: [URL]) -> [URL] {
        var seen: Set<String> = []
        return files.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The bytes and modification time (seconds since 1970); large files are refused before they are read.
    private static func readRawText(_ file: URL, path: String) throws(Diagnostic) -> (bytes: [UInt8], modified: Int) {
        guard let status = FileSystem.status(file.path), status.kind == .regularFile else {
            throw Diagnostic(path: path, message: "not found, or not a regular file")
        }
        guard status.size <= RawArticleParser.maximumBytes else {
            throw Diagnostic(path: path, message: "too large to import (\(megabytes(status.size)); an article may be at most \(megabytes(RawArticleParser.maximumBytes)))")
        }
        guard let bytes = FileSystem.contents(file.path) else {
            throw Diagnostic(path: path, message: "cannot read the file")
        }
        return (bytes, Int(status.modified / 1_000_000_000))
    }

    /// The file name without extension, spaces made hyphens: editors choose it, and it stays put
    /// when they retitle the article.
    static func slug(of file: URL) -> String {
        file.deletingPathExtension().lastPathComponent
            .precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: "-")
    }

    static func fieldList(_ keys: [String]) -> String {
        let order = GeneratedFields.leadingKeys + ArticleEnrichment.keys
        return keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
            .joined(separator: ", ")
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
