import Yams

/// YAML text as Mujaz reads it: always UTF-8. Saying so spares Yams a look at the process environment on every
/// call, which costs more than parsing a short front matter.
///
/// Aliases make a small text stand for a huge tree (ten anchors of ten aliases each: 10¹⁰ values from 500 bytes),
/// which every later reader would walk. The composed tree is therefore counted first, shared subtrees once per
/// use, and refused beyond `maximumValues` values or `maximumDepth` levels; the count stops at the limit, so the
/// check costs at most that many steps.
enum YAMLText {
    static let maximumValues = 100_000
    static let maximumDepth = 100

    /// `resolver` gives plain scalars their YAML types (`true` a bool, `12` an int), which Yams uses to tell
    /// mapping keys apart; Mujaz reads every value by its text and style.
    static func compose(_ text: String, resolver: Resolver = .default) throws -> Node? {
        guard let root = try Yams.compose(yaml: text, resolver, .default, .utf8) else { return nil }
        var budget = maximumValues
        try check(root, depth: 1, budget: &budget)
        return root
    }

    /// A tree too large or too deep to read, with the line of the value where the limit was reached.
    struct LimitExceeded: Error {
        let line: Int?
        let message: String
    }

    private static func check(_ node: Node, depth: Int, budget: inout Int) throws {
        budget -= 1
        guard budget >= 0 else {
            throw LimitExceeded(line: node.mark?.line,
                                message: "more than \(maximumValues) values once aliases are expanded (an alias bomb?)")
        }
        guard depth <= maximumDepth else {
            throw LimitExceeded(line: node.mark?.line, message: "values nested more than \(maximumDepth) deep")
        }
        switch node {
        case .scalar, .alias: break
        case .mapping(let mapping):
            for (key, value) in mapping {
                try check(key, depth: depth + 1, budget: &budget)
                try check(value, depth: depth + 1, budget: &budget)
            }
        case .sequence(let sequence):
            for item in sequence { try check(item, depth: depth + 1, budget: &budget) }
        }
    }
}
