import Yams

/// Rewrites the front matter of an article file field by field, so that everything Mujaz does not
/// change (comments, blank lines, quoting, key order, the body) keeps its bytes.
///
/// Each top-level key owns its lines up to the next key, less the comment and blank lines just above
/// that next key (they describe it). A changed field's lines are replaced by the field as YAML; the
/// whole-line comments among them are kept after it. New fields go at the end.
struct FrontMatterSplice {
    /// The file as read: `---` line, YAML, closing line and body.
    let text: String
    let yaml: Range<String.Index>
    /// The fields as parsed from `yaml`, with their positions.
    let fields: Node.Mapping
    /// The Markdown after the closing line.
    let body: String

    /// The file with `updated` in place of the fields it was read with; nil when a rewrite of single
    /// fields cannot express the change (keys reordered or removed, positions unknown), or when the
    /// result would not read back as exactly `updated`.
    func applying(_ updated: Node.Mapping) throws -> String? {
        let lines = text[yaml].split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 + "\n" }
        let originalKeys = Array(fields.keys)
        let updatedKeys = Array(updated.keys)
        guard updatedKeys.starts(with: originalKeys) else { return nil }
        var starts: [Int] = []
        for key in originalKeys {
            guard let mark = key.mark, mark.column == 1, mark.line <= lines.count,
                  mark.line - 1 > starts.last ?? -1 else { return nil }
            starts.append(mark.line - 1)
        }

        var newYAML = lines[..<(starts.first ?? lines.count)].joined()
        for (position, key) in originalKeys.enumerated() {
            let nextStart = position + 1 < starts.count ? starts[position + 1] : lines.count
            var end = nextStart
            while end > starts[position] + 1, Self.isCommentOrBlank(lines[end - 1]) { end -= 1 }
            let owned = lines[starts[position]..<end]
            if updated[key] == fields[key] {
                newYAML += owned.joined()
            } else if let value = updated[key] {
                newYAML += try Self.yaml(key, value)
                newYAML += owned.filter { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("#") }.joined()
            }
            newYAML += lines[end..<nextStart].joined()
        }
        for key in updatedKeys.dropFirst(originalKeys.count) {
            guard let value = updated[key] else { return nil }
            newYAML += try Self.yaml(key, value)
        }
        guard let reread = try YAMLText.compose(newYAML), Self.sameContent(reread, .mapping(updated)) else { return nil }
        return text[..<yaml.lowerBound] + newYAML + text[yaml.upperBound...]
    }

    /// The same texts in the same structure; tags are left out, as the file never spells them.
    private static func sameContent(_ lhs: Node, _ rhs: Node) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(left), .scalar(right)):
            left.string == right.string
        case let (.sequence(left), .sequence(right)):
            left.count == right.count && zip(left, right).allSatisfy(sameContent)
        case let (.mapping(left), .mapping(right)):
            left.count == right.count
                && zip(left, right).allSatisfy { sameContent($0.key, $1.key) && sameContent($0.value, $1.value) }
        default:
            false
        }
    }

    private static func isCommentOrBlank(_ line: Substring) -> Bool {
        let content = line.drop { $0 == " " || $0 == "\t" }
        return content.hasPrefix("#") || content.allSatisfy(\.isNewline)
    }

    /// One field as the whole front matter would be written.
    private static func yaml(_ key: Node, _ value: Node) throws -> String {
        try Yams.serialize(node: .mapping(Node.Mapping(writing: [(key, value)])), width: -1, allowUnicode: true)
    }
}
