/// A 1-based line and column (in Unicode scalars) of a tag in template source.
struct SourceLocation: Equatable {
    let line: Int
    let column: Int

    func error(_ message: String) -> TemplateSyntaxError {
        TemplateSyntaxError(line: line, column: column, message: message)
    }
}
