/// A parsed Mustache template.
public struct Template: Sendable, Equatable {
    public let nodes: [TemplateNode]
    /// The same tree prepared for rendering.
    let renderNodes: [RenderNode]

    public init(parsing source: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(source: source)
        (nodes, renderNodes) = try parser.parse()
    }
}
