/// A template prepared for rendering: names split into paths, parents' blocks keyed by name, and the whitespace
/// facts of the source that rendering needs (where lines start, how parents and blocks are indented).
enum RenderNode: Sendable, Equatable {
    /// `startsLine`: the text begins at the start of a line of the template source.
    case text(String, startsLine: Bool)
    case variable(ValuePath, escaped: Bool)
    case section(ValuePath, inverted: Bool, children: [RenderNode])
    /// `indentation` is the whitespace before a standalone partial tag, else "".
    case partial(name: String, indentation: String)
    /// `indentation` is the whitespace before a standalone parent, else ""; `arguments` are its blocks by name.
    case parent(name: String, indentation: String, arguments: [String: Argument])
    case block(name: String, children: [RenderNode], layout: BlockLayout)

    /// The content a parent passes for one of its blocks, and the indentation its lines start with in the source.
    struct Argument: Sendable, Equatable {
        let content: [RenderNode]
        let intrinsicIndentation: String
    }

    /// How a block's content is re-indented where the block is rendered (the spec's ~inheritance rules).
    struct BlockLayout: Sendable, Equatable {
        /// Removed from the start of each line of the block's content: the leading whitespace of the line after
        /// an opening tag that ends its line, when the block is an argument or a standalone block.
        var intrinsicIndentation = ""
        /// Added to each line of what the block renders, override or default: for a standalone block, its
        /// intrinsic indentation when the opening tag ends its line, else the whitespace before the opening tag.
        var indentation = ""
        /// Whether the opening tag's line was removed, so that the content starts a line.
        var startsLine = false
    }

    /// Leaf nodes as the renderer wants them (containers are built by the tree builder).
    init(leaf node: TemplateNode, startsLine: Bool) {
        switch node {
        case .text(let text):
            self = .text(text, startsLine: startsLine)
        case .variable(let name, let escaped, _):
            self = .variable(ValuePath(name), escaped: escaped)
        case .partial(let name, let indentation, _):
            self = .partial(name: name, indentation: indentation)
        case .section, .parent, .block:
            preconditionFailure("containers are built by TemplateTreeBuilder")
        }
    }
}
