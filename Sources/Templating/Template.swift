/// A parsed Mustache template.
public struct Template: Sendable, Equatable {
    public let nodes: [TemplateNode]

    public init(parsing source: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(source: source)
        nodes = try parser.parse()
    }
}
