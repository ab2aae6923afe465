import Foundation
import Yams

/// An article file as import writes it and enrich rewrites it: the front-matter keys in
/// their order (every key an editor added included) and the Markdown body, kept verbatim.
struct ImportedMarkdown {
    var fields: Node.Mapping
    var body: String
    /// The file this was read from, so that writing it back changes only the fields that changed.
    private var source: FrontMatterSplice?

    init(fields: Node.Mapping, body: String) {
        self.fields = fields
        self.body = body
    }

    init(parsing text: String, path: String) throws(Diagnostic) {
        let document = try FrontMatterDocument.split(text, path: path).get()
        let root: Node?
        do {
            root = try YAMLText.compose(document.yaml)
        } catch {
            throw YAMLErrorDiagnostic.make(error, path: path, firstLine: document.yamlFirstLine)
        }
        switch root {
        case .mapping(let mapping): fields = mapping
        case nil: fields = Node.Mapping(writing: [])
        default:
            throw Diagnostic(path: path, line: document.yamlFirstLine, message: "front matter must be keys with values")
        }
        body = document.body
        let yamlStart = text.index(after: text.firstIndex(of: "\n") ?? text.startIndex)
        let yamlEnd = text.utf8.index(yamlStart, offsetBy: document.yaml.utf8.count)
        source = FrontMatterSplice(text: text, yaml: yamlStart..<yamlEnd, fields: fields, body: body)
    }

    /// The file as it was read, when read from one: what a rewrite checks it still is.
    private(set) var readVersion: ArticleFileWriting.ReadVersion?

    /// Reads and parses the article file at `file`; `path` names it in errors.
    init(contentsOf file: URL, path: String) throws(Diagnostic) {
        // The status first: a save after it shows as a changed status or hash when the file is written back.
        guard let status = FileSystem.status(file.path), let bytes = FileSystem.contents(file.path) else {
            throw Diagnostic(path: path, message: "cannot read the file")
        }
        try self.init(parsing: try SourceText.decode(Data(bytes), path: path).get(), path: path)
        readVersion = ArticleFileWriting.ReadVersion(status: status, hash: ContentHash(bytes))
    }

    /// The title and paragraphs that enrichment reads (the title empty when the front matter has none).
    var articleParts: (title: String, paragraphs: [String]) {
        var title = ""
        if case .text(let current) = value(of: "title") { title = current }
        return (title, MarkdownBody.paragraphs(in: body))
    }

    /// The generated value of `key` as it stands now, nil when missing or of another shape.
    func value(of key: String) -> FieldValue? {
        fields[key].flatMap(FieldValue.init(node:))
    }

    /// A file that was read keeps every byte outside the changed fields (an editor's comments among
    /// them) unless the body changed too; a new one is written whole.
    func serialized() throws -> String {
        if let source, source.body == body, let spliced = try source.applying(fields) { return spliced }
        let yaml = try Yams.serialize(node: .mapping(fields), width: -1, allowUnicode: true)
        return "---\n" + yaml + "---\n" + body
    }
}
