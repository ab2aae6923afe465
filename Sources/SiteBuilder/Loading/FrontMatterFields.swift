import Foundation
import Yams

/// Reads typed front-matter fields, collecting a `path:line` diagnostic for each wrong type.
struct FrontMatterFields {
    let path: String
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
    }

    mutating func fail(_ node: Node, _ message: String) {
        let line = node.mark.map { $0.line + firstLine - 1 } ?? firstLine
        diagnostics.append(Diagnostic(path: path, line: line, message: message))
    }

    /// A scalar as text; null counts as absent.
    mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            fail(node, "'\(key)' must be text, not a \(node.kindName)")
            return nil
        }
        if node.null != nil, scalar.style == .plain { return nil }
        return Self.trimmed(scalar.string)
    }

    /// Without surrounding whitespace; most values have none, and are returned as they are without Foundation.
    static func trimmed(_ text: String) -> String {
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    mutating func flag(_ node: Node, key: String) -> Bool? {
        guard node.scalar != nil, let value = node.bool else {
            fail(node, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// A list of text items; a single text is accepted as a one-item list.
    mutating func textList(_ node: Node, key: String) -> [String] {
        if node.null != nil { return [] }
        if node.scalar != nil { return text(node, key: key).map { [$0] }?.filter { !$0.isEmpty } ?? [] }
        guard let sequence = node.sequence else {
            fail(node, "'\(key)' must be a list of names, not a \(node.kindName)")
            return []
        }
        return sequence.compactMap { item in
            guard item.scalar != nil else {
                fail(item, "each item of '\(key)' must be text, not a \(item.kindName)")
                return nil
            }
            return text(item, key: key)
        }.filter { !$0.isEmpty }
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: "text"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}
