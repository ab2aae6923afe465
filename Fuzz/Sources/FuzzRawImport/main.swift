// Raw import: the bytes of a `.txt` as `ArticleImporter` prepares an article from them, in memory: the encoding
// guess (`RawTextDecoder`: UTF-8, UTF-16, Windows-1256, ISO-8859-6), the parse into title and blocks
// (`RawArticleParser`, with `HardWrapJoiner`, `DateLine`, `BoilerplateLine`, `GeneratedTitle`), the date, the
// Markdown body, the summary (the real summarizer; a stand-in for the entity model) and the front matter
// written out with Yams. Then what the next build reads from that file must be the article this import
// built, and what `mujaz enrich` reads back from the body must be the paragraphs import summarized (but for
// whitespace).
import ArabicText
import Enrichment
import Foundation
import FuzzSupport
@testable import SiteBuilder
import Yams

/// Stands in for the entity model (which is no parser and loads for seconds): the first words of the text are
/// its names, so names of any spelling reach the front matter.
struct FirstWordsFinder: EntityFinding {
    var modelVersion: String { "fuzz" }

    func entityNames(in text: ArticleText) -> [EntityType: [String]] {
        let words = text.sentences.lazy.flatMap(\.tokens).filter { $0.kind == .word }.prefix(3).map { String($0.text) }
        return Dictionary(uniqueKeysWithValues: zip(EntityType.allCases, words.map { [$0] }))
    }
}

let enricher = ArticleEnricher(entityFinder: FirstWordsFinder(), summaryLength: .site)
/// 2025-12-06T06:13:20Z, the file time of articles without a dateline.
let modified = 1_765_001_600

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRawImport(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    let path = "Content/fuzz.txt", markdownPath = "Content/fuzz.md"
    guard bytes.count <= RawArticleParser.maximumBytes,
          case .success(let decoded) = RawTextDecoder.decode(bytes, path: path) else { return 0 }
    let raw: RawArticle
    do {
        raw = try RawArticleParser.parse(decoded.text, path: path)
    } catch {
        require((error.line ?? 1) >= 1, "diagnostic with a bad line: \(error)")
        return 0
    }
    require(!raw.blocks.isEmpty && raw.blocks.contains { $0.kind == .paragraph }, "an article without a paragraph")
    require(raw.blocks.allSatisfy { !$0.lines.isEmpty && $0.lines.allSatisfy { !$0.isEmpty } }, "an empty block or line")
    let date = ImportedDate(option: nil, dateline: raw.dateline, modified: modified)

    // As `ArticleImporter.article(from:…)` assembles the file.
    let fields = GeneratedFields(
        title: raw.title, date: date.text, slug: "fuzz", sourceEncoding: decoded.encoding,
        enrichment: enricher.enrichment(title: raw.title, paragraphs: raw.paragraphs)
    ).fields
    let record = GenerationRecord(generator: ArticleImporter.generator, model: "fuzz", source: ContentHash(bytes).description, fields: fields)
    let pairs = fields.map { (Node.text($0.key), $0.value.node) }
        + [(Node.text(GenerationRecord.key), record.node(order: fields.map(\.key)))]
    let markdown = ImportedMarkdown(fields: Node.Mapping(writing: pairs), body: "\n" + MarkdownBody.render(raw.blocks))
    let serialized: String
    do {
        serialized = try markdown.serialized()
    } catch {
        return 0  // reported by import as "cannot write front matter"
    }
    let imported = ArticleDecoder.decode(.mapping(markdown.fields), body: markdown.body, path: markdownPath,
                                         firstLine: FrontMatterDocument.firstYAMLLine)

    // The next build reads the file that import wrote.
    let reread = SourceText.decode(Data(serialized.utf8), path: markdownPath)
        .mapError { BuildFailure([$0]) }
        .flatMap { FrontMatterDocument.split($0, path: markdownPath).mapError { BuildFailure([$0]) } }
        .flatMap { ArticleDecoder.decode($0, path: markdownPath) }
    switch (imported, reread) {
    case (.success(var built), .success(var read)):
        (built.contentHash, read.contentHash) = (ContentHash(value: 0), ContentHash(value: 0))
        require(built == read, "the written article reads back differently:\n\(built)\n\(read)\n\(serialized)")
    case (.success, .failure(let failure)):
        require(false, "the written article does not load: \(failure.diagnostics)\n\(serialized)")
    case (.failure, _):
        break  // reported by import, nothing is written
    }

    // `mujaz enrich` summarizes the paragraphs it reads back from the body. It trims lines with Foundation's
    // whitespace, which counts more characters (U+200B) than import's, so only the rest must be the same.
    let readBack = MarkdownBody.paragraphs(in: markdown.body).map(visible).filter { !$0.isEmpty }
    let summarized = raw.paragraphs.map(visible).filter { !$0.isEmpty }
    require(readBack == summarized, "enrich reads other paragraphs: \(readBack) \(summarized)")
    return 0
}

func visible(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
    return String(scalars)
}
