/// Nests the parser's tags: keeps the sections, parents and blocks that are open and checks their closing tags.
/// Builds the public tree (`TemplateNode`) and the one prepared for rendering (`RenderNode`) side by side.
struct TemplateTreeBuilder {
    enum Container: Equatable {
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

    /// Where an opening tag stands on its line, as far as the whitespace rules of parents and blocks need it.
    struct Layout {
        /// The whitespace before the tag when nothing else comes before it on its line, else nil.
        var leadingBlanks: String?
        /// Whether the tag stands alone on its line (which is then removed).
        var alone = false
        /// The leading whitespace of the next line, when the tag ends its line and is an argument or alone.
        var intrinsicIndentation = ""
    }

    private struct OpenTag {
        let container: Container
        let name: String
        let location: SourceLocation
        let layout: Layout
        var children = Children()
    }

    /// The nodes inside a container (or at the top level), in both trees.
    private struct Children {
        var nodes: [TemplateNode] = []
        var rendered: [RenderNode] = []

        /// Appends `node`, joining adjacent text (left apart by removed comments and standalone lines) into one node.
        mutating func append(_ node: TemplateNode, _ renderNode: RenderNode) {
            if case .text(let text) = node, case .text(let previous)? = nodes.last,
               case .text(let previousRendered, let startsLine)? = rendered.last
            {
                nodes[nodes.count - 1] = .text(previous + text)
                rendered[rendered.count - 1] = .text(previousRendered + text, startsLine: startsLine)
            } else {
                nodes.append(node)
                rendered.append(renderNode)
            }
        }
    }

    private var topLevel = Children()
    private var openTags: [OpenTag] = []

    /// The innermost open tag, if any.
    var innermost: (container: Container, layout: Layout)? {
        openTags.last.map { ($0.container, $0.layout) }
    }

    /// Appends text, a variable or a partial; `startsLine` tells whether it begins a line of the source.
    mutating func append(_ node: TemplateNode, startsLine: Bool = false) {
        append(node, RenderNode(leaf: node, startsLine: startsLine))
    }

    mutating func open(_ container: Container, name: String, at location: SourceLocation, layout: Layout = Layout()) {
        openTags.append(OpenTag(container: container, name: name, location: location, layout: layout))
    }

    /// Closes the innermost open tag; `endsLine` tells whether only whitespace follows the closing tag on its line.
    mutating func close(_ name: String, at location: SourceLocation, endsLine: Bool) throws(TemplateSyntaxError) {
        guard let tag = openTags.popLast() else {
            throw location.error("closing tag '\(name)' has no matching opening tag")
        }
        guard tag.name == name else {
            throw location.error(
                "closing tag '\(name)' does not match \(tag.container.noun) '\(tag.name)' opened on line \(tag.location.line)"
            )
        }
        let line = tag.location.line
        let layout = tag.layout
        switch tag.container {
        case .section(let inverted):
            append(.section(name: name, inverted: inverted, children: tag.children.nodes, line: line),
                   .section(ValuePath(name), inverted: inverted, children: tag.children.rendered))
        case .parent:
            // A parent is standalone when it stands alone on its line, or when its opening tag starts a line and
            // its closing tag ends one: the whitespace before it is then the indentation of what it renders.
            let standalone = layout.alone || (layout.leadingBlanks != nil && endsLine)
            if !standalone, let blanks = layout.leadingBlanks, !blanks.isEmpty {
                append(.text(blanks), startsLine: true)
            }
            // Only the blocks inside a parent tag mean something: they override the parent's blocks.
            let blocks = tag.children.nodes.filter { if case .block = $0 { true } else { false } }
            var arguments: [String: RenderNode.Argument] = [:]
            for case .block(let blockName, let content, let blockLayout) in tag.children.rendered where arguments[blockName] == nil {
                arguments[blockName] = RenderNode.Argument(
                    content: content, intrinsicIndentation: blockLayout.intrinsicIndentation
                )
            }
            append(.parent(name: name, children: blocks, line: line),
                   .parent(name: name, indentation: standalone ? layout.leadingBlanks ?? "" : "", arguments: arguments))
        case .block:
            var blockLayout = RenderNode.BlockLayout(startsLine: layout.alone)
            if innermost?.container == .parent {
                // An argument: the line end after its opening tag was left out, and its indentation goes.
                blockLayout.intrinsicIndentation = layout.intrinsicIndentation
            } else if let blanks = layout.leadingBlanks, endsLine {
                // A standalone block (opening tag starts a line, closing tag ends one) is re-indented.
                if layout.alone {
                    blockLayout.intrinsicIndentation = layout.intrinsicIndentation
                    blockLayout.indentation = layout.intrinsicIndentation
                } else {
                    blockLayout.indentation = blanks
                }
            }
            append(.block(name: name, children: tag.children.nodes, line: line),
                   .block(name: name, children: tag.children.rendered, layout: blockLayout))
        }
    }

    func finish() throws(TemplateSyntaxError) -> (nodes: [TemplateNode], rendered: [RenderNode]) {
        if let unclosed = openTags.last {
            throw unclosed.location.error(
                "\(unclosed.container.noun) '\(unclosed.name)' opened on line \(unclosed.location.line) is never closed"
            )
        }
        return (topLevel.nodes, topLevel.rendered)
    }

    private mutating func append(_ node: TemplateNode, _ rendered: RenderNode) {
        if openTags.isEmpty {
            topLevel.append(node, rendered)
        } else {
            openTags[openTags.count - 1].children.append(node, rendered)
        }
    }
}
