/// Renders nodes into one output string: a context stack for names, the block overrides of the parents being
/// rendered, the indentation of the standalone partials, parents and blocks being rendered, and the intrinsic
/// indentation of the block whose content is being rendered.
struct TemplateRenderer {
    /// Partials and parents nested deeper than this render nothing, so `{{>self}}` cannot overflow the stack.
    static let maximumDepth = 64
    /// Partials, parents and block overrides rendered for one page beyond this render nothing: a template that
    /// includes itself twice (`{{>self}}{{>self}}`) would otherwise take 2⁶⁴ steps within the depth limit. A page
    /// of 1,000 listed articles with a few partials each takes a few thousand.
    static let maximumExpansions = 100_000

    private let templates: [String: [RenderNode]]
    private(set) var output = ""
    private var contexts: [TemplateValue]
    /// Block name → content; the most-derived template's override is the one kept.
    private var overrides: [String: Override] = [:]
    private var depth = 0
    private var expansions = 0
    private var indentation = ""
    /// Left out at the start of each line of template text: the intrinsic indentation of the block being rendered.
    private var dedent = ""
    /// Whether the output of template text is at the start of a line, which then gets `indentation` first.
    private var atLineStart = true

    /// A block's content passed by a parent, with the indentation left out of its lines.
    private struct Override {
        let content: [RenderNode]
        let dedent: String
    }

    init(templates: [String: [RenderNode]], root: TemplateValue) {
        self.templates = templates
        contexts = [root]
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [RenderNode]) {
        for node in nodes {
            switch node {
            case .text(let text, let startsLine):
                write(templateText: text, startsLine: startsLine)
            case .variable(let path, let escaped):
                write(value: lookUp(path), escaped: escaped)
            case .section(let path, let inverted, let children):
                renderSection(lookUp(path), inverted: inverted, children)
            case .partial(let name, let partialIndentation):
                renderPartial(name, indentation: partialIndentation)
            case .parent(let name, let parentIndentation, let arguments):
                renderParent(name, indentation: parentIndentation, arguments: arguments)
            case .block(let name, let defaultContent, let layout):
                renderBlock(name, defaultContent: defaultContent, layout: layout)
            }
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, inverted: Bool, _ children: [RenderNode]) {
        if inverted {
            if !Self.isTruthy(value) { render(children) }
            return
        }
        switch value {
        case nil, .flag(false):
            break
        case .flag(true):
            render(children)
        case .text(let text):
            if !text.isEmpty { render(children, in: value) }
        case .list(let items):
            for item in items {
                render(children, in: item)
            }
        case .map:
            render(children, in: value)
        }
    }

    private mutating func render(_ nodes: [RenderNode], in context: TemplateValue?) {
        guard let context else { return }
        contexts.append(context)
        render(nodes)
        contexts.removeLast()
    }

    private mutating func renderPartial(_ name: String, indentation partialIndentation: String) {
        guard depth < Self.maximumDepth, expansions < Self.maximumExpansions, let nodes = templates[name] else { return }
        expansions += 1
        let added = Self.relative(partialIndentation, to: dedent)
        let outer = (indentation, dedent)
        indentation += added
        dedent = ""
        if !added.isEmpty { atLineStart = true }
        depth += 1
        render(nodes)
        depth -= 1
        (indentation, dedent) = outer
        // A standalone partial's line was removed with its newline, so the outer template goes on at a line start.
        if !added.isEmpty { atLineStart = true }
    }

    private mutating func renderParent(_ name: String, indentation parentIndentation: String, arguments: [String: RenderNode.Argument]) {
        guard depth < Self.maximumDepth, expansions < Self.maximumExpansions, let nodes = templates[name] else { return }
        expansions += 1
        let outerOverrides = overrides
        for (blockName, argument) in arguments where overrides[blockName] == nil {
            // An argument without indentation of its own is dedented like the text around its parent tag.
            let argumentDedent = argument.intrinsicIndentation.isEmpty ? dedent : argument.intrinsicIndentation
            overrides[blockName] = Override(content: argument.content, dedent: argumentDedent)
        }
        let added = Self.relative(parentIndentation, to: dedent)
        let outer = (indentation, dedent)
        indentation += added
        dedent = ""
        if !added.isEmpty { atLineStart = true }
        depth += 1
        render(nodes)
        depth -= 1
        (indentation, dedent) = outer
        overrides = outerOverrides
        if !added.isEmpty { atLineStart = true }
    }

    private mutating func renderBlock(_ name: String, defaultContent: [RenderNode], layout: RenderNode.BlockLayout) {
        let added = Self.relative(layout.indentation, to: dedent)
        let outer = (indentation, dedent)
        indentation += added
        if !added.isEmpty, layout.startsLine { atLineStart = true }
        if let override = overrides[name] {
            // An override may hold its own block again; the depth guard stops that loop too.
            if depth < Self.maximumDepth, expansions < Self.maximumExpansions {
                expansions += 1
                dedent = override.dedent
                depth += 1
                render(override.content)
                depth -= 1
            }
        } else {
            if !layout.intrinsicIndentation.isEmpty { dedent = layout.intrinsicIndentation }
            render(defaultContent)
        }
        (indentation, dedent) = outer
    }

    /// `indentation` written in a block's content, less the block's intrinsic indentation `dedent` when it has it.
    private static func relative(_ indentation: String, to dedent: String) -> String {
        guard !dedent.isEmpty, indentation.hasPrefix(dedent) else { return indentation }
        return String(indentation.dropFirst(dedent.count))
    }

    private mutating func write(value: TemplateValue?, escaped: Bool) {
        switch value {
        case .text(let text):
            guard !text.isEmpty else { return }
            writePendingIndentation()
            if escaped {
                HTMLEscaping.append(text, escapedTo: &output)
            } else {
                output.append(text)
            }
        case .flag(let flag):
            writePendingIndentation()
            output.append(flag ? "true" : "false")
        case nil, .list, .map:
            break
        }
    }

    /// Writes template text: leaves `dedent` out at the start of each of its source lines and, when inside a
    /// standalone partial, parent or block, writes `indentation` before each non-empty line.
    private mutating func write(templateText text: String, startsLine: Bool) {
        let utf8 = text.utf8
        if indentation.isEmpty, dedent.isEmpty {
            output.append(text)
            if let last = utf8.last { atLineStart = last == UInt8(ascii: "\n") }
            return
        }
        var lineStart = utf8.startIndex
        while lineStart != utf8.endIndex {
            let newline = Self.newline(in: utf8, from: lineStart)
            let lineEnd = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            var contentStart = lineStart
            if !dedent.isEmpty, startsLine || lineStart != utf8.startIndex,
               utf8[lineStart..<lineEnd].starts(with: dedent.utf8)
            {
                contentStart = utf8.index(lineStart, offsetBy: dedent.utf8.count)
            }
            if contentStart != lineEnd {
                if newline != contentStart { writePendingIndentation() }
                output.append(contentsOf: Substring(utf8[contentStart..<lineEnd]))
                atLineStart = newline != nil
            }
            lineStart = lineEnd
        }
    }

    /// The first line feed from `start`, found on the contiguous bytes: through the view's indices, the search was
    /// most of the cost of writing indented text.
    private static func newline(in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        let rest = utf8[start...]
        guard let offset = rest.withContiguousStorageIfAvailable({ $0.firstIndex(of: UInt8(ascii: "\n")) }) else {
            return rest.firstIndex(of: UInt8(ascii: "\n"))
        }
        return offset.map { utf8.index(start, offsetBy: $0) }
    }

    private mutating func writePendingIndentation() {
        if atLineStart {
            output.append(indentation)
            atLineStart = false
        }
    }

    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false): false
        case .flag(true), .map: true
        case .text(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        }
    }

    /// `path` looked up the context stack: no keys is the current context; the first key is looked up the stack
    /// and the rest inside what it found (a missing later key is missing, not looked up further down the stack).
    private func lookUp(_ path: ValuePath) -> TemplateValue? {
        guard let first = path.keys.first else { return contexts.last }
        var found = lookUpStack(first)
        for key in path.keys.dropFirst() {
            guard case .map(let members)? = found else { return nil }
            found = members[key]
        }
        return found
    }

    private func lookUpStack(_ key: String) -> TemplateValue? {
        var index = contexts.count - 1
        while index >= 0 {
            if case .map(let members) = contexts[index], let value = members[key] {
                return value
            }
            index -= 1
        }
        return nil
    }
}
