/// A `TemplateNode` prepared for rendering: names split into paths and parent blocks keyed by name,
/// so that rendering does no string work beyond appending.
enum RenderNode: Sendable {
    case text(String)
    case variable(ValuePath, escaped: Bool)
    case section(ValuePath, inverted: Bool, children: [RenderNode])
    case partial(name: String, indentation: String)
    case parent(name: String, blocks: [String: [RenderNode]])
    case block(name: String, children: [RenderNode])

    init(_ node: TemplateNode) {
        switch node {
        case .text(let text):
            self = .text(text)
        case .variable(let name, let escaped, _):
            self = .variable(ValuePath(name), escaped: escaped)
        case .section(let name, let inverted, let children, _):
            self = .section(ValuePath(name), inverted: inverted, children: children.map(RenderNode.init))
        case .partial(let name, let indentation, _):
            self = .partial(name: name, indentation: indentation)
        case .parent(let name, let children, _):
            var blocks: [String: [RenderNode]] = [:]
            for case .block(let blockName, let content, _) in children where blocks[blockName] == nil {
                blocks[blockName] = content.map(RenderNode.init)
            }
            self = .parent(name: name, blocks: blocks)
        case .block(let name, let children, _):
            self = .block(name: name, children: children.map(RenderNode.init))
        }
    }
}
