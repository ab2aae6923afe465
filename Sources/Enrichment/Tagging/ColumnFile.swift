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
            guard let row = Self.row(from: bytes[lineStart..<lineEnd]) else {
                throw ReadError.invalidUTF8(path: path, line: lineNumber)
            }
            rows.append(row)
            lineStart = newline + 1
            lineNumber += 1
        }
        self.rows = rows
    }

    /// One row from the bytes of a line, nil when they are not UTF-8. TAB and space are ASCII and never
    /// inside a multi-byte character, so each column can be checked (and decoded) on its own.
    private static func row(from line: ArraySlice<UInt8>) -> Row? {
        let tab: UInt8 = 0x09
        let space: UInt8 = 0x20
        guard line.contains(where: { $0 != space && $0 != tab }) else { return .sentenceBreak }
        guard let firstTab = line.firstIndex(of: tab), let lastTab = line.lastIndex(of: tab) else {
            return String(validating: line, as: UTF8.self).map { .token($0, label: nil) }
        }
        guard let token = String(validating: line[..<firstTab], as: UTF8.self),
              lastTab == firstTab || String(validating: line[(firstTab + 1)..<lastTab], as: UTF8.self) != nil
        else { return nil }
        var label = line[(lastTab + 1)...]
        while label.first == space { label = label.dropFirst() }
        while label.last == space { label = label.dropLast() }
        guard let labelText = String(validating: label, as: UTF8.self) else { return nil }
        return .token(token, label: labelText.isEmpty ? nil : labelText)
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
