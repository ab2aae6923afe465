import Foundation

/// Turns the bytes of a content file into text, or says why it cannot (empty, binary, not UTF-8).
enum SourceText {
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }) {
            return .failure(Diagnostic(path: path, message: "binary file (contains NUL bytes); expected UTF-8 text"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Diagnostic(path: path, line: lineOfFirstInvalidByte(in: data), message: "invalid UTF-8; save the file as UTF-8"))
        }
        return normalized(text, path: path)
    }

    /// Decoded text without its byte-order mark, with `\n` line ends; a failure when nothing but whitespace is left.
    static func normalized(_ text: String, path: String) -> Result<String, Diagnostic> {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // The bytes read in place: through the view's iterator, this search was a tenth of loading an article.
        if text.utf8.containsByte(where: { $0 == UInt8(ascii: "\r") }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.allSatisfy(\.isWhitespace) {
            return .failure(Diagnostic(path: path, line: 1, message: "empty file"))
        }
        return .success(text)
    }

    /// Only called on the failure path, so the byte-by-byte decode costs nothing on good input.
    static func lineOfFirstInvalidByte(in data: Data) -> Int {
        var line = 1
        var bytes = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .error:
                return line
            case .emptyInput:
                return line
            }
        }
    }
}
