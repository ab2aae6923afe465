/// A CoNLL-style column file: one token per line with optional TAB-separated columns after it, a blank
/// line (or a line of spaces) between sentences. Only the first column is the token; the last is a label.
public struct ColumnFile: Sendable {
    public enum Row: Sendable, Equatable {
        case token(String, label: String?)
        case sentenceBreak
    }

    public enum ReadError: Error, Sendable, CustomStringConvertible {
        case invalidUTF8(path: String, line: Int)

        public var description: String {
            switch self {
            case .invalidUTF8(let path, let line): "\(path):\(line): not valid UTF-8 text"
            }
        }
    }

    public let rows: [Row]

    /// - Parameter path: names the input in errors (`-` or `<stdin>` for standard input).
    public init(bytes: [UInt8], path: String) throws {
        var rows: [Row] = []
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 1
        while lineStart < bytes.count {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            var lineEnd = newline
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            guard let line = String(validating: bytes[lineStart..<lineEnd], as: UTF8.self) else {
                throw ReadError.invalidUTF8(path: path, line: lineNumber)
            }
            rows.append(Self.row(from: line))
            lineStart = newline + 1
            lineNumber += 1
        }
        self.rows = rows
    }

    private static func row(from line: String) -> Row {
        guard line.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return .sentenceBreak }
        guard let tab = line.utf8.firstIndex(of: 0x09) else { return .token(line, label: nil) }
        let token = String(line[..<tab])
        let lastTab = line.utf8.lastIndex(of: 0x09) ?? tab
        let label = line[line.utf8.index(after: lastTab)...].trimmingSpaces()
        return .token(token, label: label.isEmpty ? nil : label)
    }

    /// The tokens of each sentence, in order.
    public var sentences: [[String]] {
        var sentences: [[String]] = []
        var current: [String] = []
        for row in rows {
            switch row {
            case .token(let token, _):
                current.append(token)
            case .sentenceBreak:
                if !current.isEmpty { sentences.append(current) }
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        let trimmed = drop(while: { $0 == " " })
        return String(trimmed.reversed().drop(while: { $0 == " " }).reversed())
    }
}
