// Front matter: an article file's bytes read as `ContentLoader.parse` reads them (UTF-8 check, `---` split, YAML
// with its limits, typed fields), and as import and enrich read an article back (`ImportedMarkdown`, the
// `mujaz:` record, the paragraphs enrichment reads).
import Foundation
import FuzzSupport
@testable import SiteBuilder

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    let path = "Content/fuzz.md"
    let data = Data(bytes)
    let decoded = SourceText.decode(data, path: path)
    let loaded = decoded
        .mapError { BuildFailure([$0]) }
        .flatMap { FrontMatterDocument.split($0, path: path).mapError { BuildFailure([$0]) } }
        .flatMap { ArticleDecoder.decode($0, path: path) }
    switch loaded {
    case .success(let article):
        require(!article.title.isEmpty, "an article loaded without a title")
    case .failure(let failure):
        require(!failure.diagnostics.isEmpty, "a failure without a diagnostic")
        for diagnostic in failure.diagnostics {
            require(diagnostic.path == path && (diagnostic.line ?? 1) >= 1, "diagnostic with a bad place: \(diagnostic)")
        }
    }
    guard case .success(let text) = decoded else { return 0 }
    if let document = try? FrontMatterDocument.split(text, path: path).get() {
        require(document.yaml.utf8.count + document.body.utf8.count < text.utf8.count, "split longer than its text")
        require(text.hasSuffix(document.body), "the body is not the end of the text")
    }
    if let markdown = try? ImportedMarkdown(parsing: text, path: path) {
        _ = GenerationRecord(node: markdown.fields[GenerationRecord.key])
        _ = markdown.articleParts
        for key in ArticleEnrichment.keys { _ = markdown.value(of: key) }
    }
    return 0
}
