import Yams

/// YAML text as Mujaz reads it: always UTF-8. Saying so spares Yams a look at the process environment on every
/// call, which costs more than parsing a short front matter.
enum YAMLText {
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .default, .default, .utf8)
    }
}
