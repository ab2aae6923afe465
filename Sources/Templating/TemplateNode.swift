/// A parsed template, as far as rendering and validation need it (line numbers are 1-based, of the tag).
public indirect enum TemplateNode: Sendable, Equatable {
    case text(String)
    case variable(name: String, escaped: Bool, line: Int)
    case section(name: String, inverted: Bool, children: [TemplateNode], line: Int)
    /// `indentation` is the whitespace before a standalone partial tag, else "".
    case partial(name: String, indentation: String, line: Int)
    /// `{{<name}}…{{/name}}`: the children are its blocks; other text inside the tag is ignored.
    case parent(name: String, children: [TemplateNode], line: Int)
    /// `{{$name}}…{{/name}}`: the children are the default content.
    case block(name: String, children: [TemplateNode], line: Int)
}
