/// Renders nodes into one output string: a context stack for names, the block overrides of the parents being
/// rendered, and the indentation of the standalone partials being rendered.
struct TemplateRenderer {
    /// Partials and parents nested deeper than this render nothing, so `{{>self}}` cannot overflow the stack.
    static let maximumDepth = 64

    private let templates: [String: [RenderNode]]
    private(set) var output = ""
    private var contexts: [TemplateValue]
    /// Block name → content; the most-derived template's override is the one kept.
    private var overrides: [String: [RenderNode]] = [:]
    private var depth = 0
    private var indentation = ""
    /// Whether the next output of template text starts a line, which then gets `indentation` first.
    private var atLineStart = false

    init(templates: [String: [RenderNode]], root: TemplateValue) {
        self.templates = templates
        contexts = [root]
        output.reserveCapacity(16 * 1024)
    }

    mutating func render(_ nodes: [RenderNode]) {
        for node in nodes {
            switch node {
            case .text(let text):
                write(templateText: text)
            case .variable(let path, let escaped):
                write(value: lookUp(path), escaped: escaped)
            case .section(let path, let inverted, let children):
                renderSection(lookUp(path), inverted: inverted, children)
            case .partial(let name, let partialIndentation):
                renderPartial(name, indentation: partialIndentation)
            case .parent(let name, let blocks):
                renderParent(name, blocks: blocks)
            case .block(let name, let defaultContent):
                renderBlock(name, defaultContent: defaultContent)
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
        guard depth < Self.maximumDepth, let nodes = templates[name] else { return }
        let outerIndentation = indentation
        indentation += partialIndentation
        if !partialIndentation.isEmpty { atLineStart = true }
        depth += 1
        render(nodes)
        depth -= 1
        indentation = outerIndentation
        // A standalone partial's line was removed with its newline, so the outer template goes on at a line start.
        if !partialIndentation.isEmpty { atLineStart = true }
    }

    private mutating func renderParent(_ name: String, blocks: [String: [RenderNode]]) {
        guard depth < Self.maximumDepth, let nodes = templates[name] else { return }
        let outerOverrides = overrides
        overrides.merge(blocks) { mostDerived, _ in mostDerived }
        depth += 1
        render(nodes)
        depth -= 1
        overrides = outerOverrides
    }

    private mutating func renderBlock(_ name: String, defaultContent: [RenderNode]) {
        guard let override = overrides[name] else {
            render(defaultContent)
            return
        }
        // An override may hold its own block again; the depth guard stops that loop too.
        guard depth < Self.maximumDepth else { return }
        depth += 1
        render(override)
        depth -= 1
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

    /// Writes template text, indenting each of its non-empty lines when inside a standalone partial.
    private mutating func write(templateText text: String) {
        if indentation.isEmpty {
            output.append(text)
            return
        }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart != utf8.endIndex {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            if newline != lineStart { writePendingIndentation() }
            output.append(contentsOf: Substring(utf8[lineStart..<lineEnd]))
            atLineStart = newline != nil
            lineStart = lineEnd
        }
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
