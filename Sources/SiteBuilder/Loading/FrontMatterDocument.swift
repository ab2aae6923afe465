/// A content file split into its YAML front matter and its Markdown body, with line numbers kept for errors.
struct FrontMatterDocument: Sendable, Equatable {
    var yaml: String
    /// Line number (1-based) in the file of the first YAML line.
    var yamlFirstLine: Int
    /// The front matter starts on the line after the opening `---`.
    static let firstYAMLLine = 2
    var body: String

    /// Splits `---` front matter (closed by `---` or `...`) from the body.
    static func split(_ text: String, path: String) -> Result<FrontMatterDocument, Diagnostic> {
        var reader = LineReader(text: text)
        guard let first = reader.next(), isFence(first, closing: false) else {
            return .failure(Diagnostic(path: path, line: 1, message: "missing front matter: the file must start with a '---' line"))
        }
        let yamlStart = reader.position
        while let line = reader.next() {
            if isFence(line, closing: true) {
                let yaml = String(text[yamlStart..<line.startIndex])
                return .success(FrontMatterDocument(yaml: yaml, yamlFirstLine: firstYAMLLine, body: String(text[reader.position...])))
            }
        }
        return .failure(Diagnostic(path: path, line: 1, message: "front matter is not closed: add a '---' line after it"))
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }

    /// Walks a text line by line without copying it.
    private struct LineReader {
        let text: String
        private(set) var position: String.Index

        init(text: String) {
            self.text = text
            self.position = text.startIndex
        }

        mutating func next() -> Substring? {
            guard position < text.endIndex else { return nil }
            // By bytes: "\n" is ASCII, so it always ends a scalar, and searching by Character is several times slower.
            let end = text.utf8[position...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            let line = text[position..<end]
            position = end < text.endIndex ? text.utf8.index(after: end) : end
            return line
        }
    }
}
