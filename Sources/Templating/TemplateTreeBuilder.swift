/// Nests the parser's tags: keeps the sections, parents and blocks that are open and checks their closing tags.
struct TemplateTreeBuilder {
    enum Container {
        case section(inverted: Bool)
        case parent
        case block

        var noun: String {
            switch self {
            case .section(inverted: false): "section"
            case .section(inverted: true): "inverted section"
            case .parent: "parent"
            case .block: "block"
            }
        }
    }

    private struct OpenTag {
        let container: Container
        let name: String
        let location: SourceLocation
        var children: [TemplateNode] = []
    }

    private var topLevel: [TemplateNode] = []
    private var openTags: [OpenTag] = []

    mutating func append(_ node: TemplateNode) {
        if openTags.isEmpty {
            Self.append(node, to: &topLevel)
        } else {
            Self.append(node, to: &openTags[openTags.count - 1].children)
        }
    }

    mutating func open(_ container: Container, name: String, at location: SourceLocation) {
        openTags.append(OpenTag(container: container, name: name, location: location))
    }

    mutating func close(_ name: String, at location: SourceLocation) throws(TemplateSyntaxError) {
        guard let tag = openTags.popLast() else {
            throw location.error("closing tag '\(name)' has no matching opening tag")
        }
        guard tag.name == name else {
            throw location.error(
                "closing tag '\(name)' does not match \(tag.container.noun) '\(tag.name)' opened on line \(tag.location.line)"
            )
        }
        let line = tag.location.line
        switch tag.container {
        case .section(let inverted):
            append(.section(name: name, inverted: inverted, children: tag.children, line: line))
        case .parent:
            // Only the blocks inside a parent tag mean something: they override the parent's blocks.
            let blocks = tag.children.filter { if case .block = $0 { true } else { false } }
            append(.parent(name: name, children: blocks, line: line))
        case .block:
            append(.block(name: name, children: tag.children, line: line))
        }
    }

    func finish() throws(TemplateSyntaxError) -> [TemplateNode] {
        if let unclosed = openTags.last {
            throw unclosed.location.error(
                "\(unclosed.container.noun) '\(unclosed.name)' opened on line \(unclosed.location.line) is never closed"
            )
        }
        return topLevel
    }

    /// Appends `node`, joining adjacent text (left apart by removed comments and standalone lines) into one node.
    private static func append(_ node: TemplateNode, to nodes: inout [TemplateNode]) {
        if case .text(let text) = node, case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(node)
        }
    }
}
