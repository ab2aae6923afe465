import Yams

/// The value of a front-matter field that Mujaz generates: a text or a list of names.
enum FieldValue: Sendable, Hashable {
    case text(String)
    case list([String])

    /// Nil for values of another shape (a mapping, a nested list), which Mujaz never writes.
    init?(node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .text(scalar.string)
        case .sequence(let sequence):
            var names: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else { return nil }
                names.append(scalar.string)
            }
            self = .list(names)
        case .mapping, .alias:
            return nil
        }
    }

    var node: Node {
        switch self {
        case .text(let text): Node.text(text)
        case .list(let names): Node.sequence(names.map(Node.text))
        }
    }

    /// The same for any YAML spelling of the value (quoted or not, block or flow list).
    var fingerprint: String {
        switch self {
        case .text(let text): ContentHash("text\u{1F}" + text).description
        case .list(let names): ContentHash((["list"] + names).joined(separator: "\u{1F}")).description
        }
    }
}
