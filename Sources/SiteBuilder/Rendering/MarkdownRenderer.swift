import CCmarkGFM
import Foundation

/// Markdown to HTML with cmark-gfm and the GFM extensions, raw HTML off (cmark's safe mode).
///
/// Debian's cmark-gfm 0.29 keeps the inline parser's special characters in a process-global table that each
/// parser rewrites, so two parses at once silently corrupt each other's output. Parsing is therefore serialized
/// behind one lock; rendering the parsed tree to HTML touches no shared state and runs in parallel.
enum MarkdownRenderer {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let parseLock = NSLock()
    /// No CMARK_OPT_UNSAFE: raw HTML and dangerous URLs are replaced by comments and empty links.
    private static let options: Int32 = CMARK_OPT_DEFAULT

    /// Registering the core extensions mutates a global registry, so it happens exactly once.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func html(from markdown: String) -> String {
        _ = extensionsRegistered
        parseLock.lock()
        guard let parser = cmark_parser_new(options) else {
            parseLock.unlock()
            return ""
        }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = markdown
        utf8.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        let document = cmark_parser_finish(parser)
        parseLock.unlock()
        defer {
            cmark_node_free(document)
            cmark_parser_free(parser)
        }
        guard let document else { return "" }
        flattenDeepBlocks(of: document)
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Deeper than any real article nests (`*` or `>` repeated thousands of times is an attack or an accident).
    static let maximumDepth = 32

    /// A top-level block nested deeper than `maximumDepth` becomes one paragraph of its text: the words stay, the
    /// thousands of nested elements (and the browser's time laying them out) go.
    private static func flattenDeepBlocks(of document: OpaquePointer) {
        var block = cmark_node_first_child(document)
        while let current = block {
            block = cmark_node_next(current)
            guard depth(of: current, limit: maximumDepth) > maximumDepth else { continue }
            var text = ""
            collectText(of: current, into: &text)
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH), let literal = cmark_node_new(CMARK_NODE_TEXT) else { continue }
            _ = cmark_node_set_literal(literal, text)
            _ = cmark_node_append_child(paragraph, literal)
            _ = cmark_node_insert_before(current, paragraph)
            cmark_node_unlink(current)
            cmark_node_free(current)
        }
    }

    /// The depth of the deepest node under `node` (itself at 1), counted no further than just past `limit`.
    private static func depth(of node: OpaquePointer, limit: Int) -> Int {
        guard let iterator = cmark_iter_new(node) else { return 0 }
        defer { cmark_iter_free(iterator) }
        var depth = 0, deepest = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            // Leaves (text, code, breaks) get an enter event only.
            let isLeaf = leafTypes.contains(cmark_node_get_type(cmark_iter_get_node(iterator)).rawValue)
            if event == CMARK_EVENT_ENTER {
                depth += 1
                deepest = max(deepest, depth)
                if deepest > limit { return deepest }
                if isLeaf { depth -= 1 }
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
        return deepest
    }

    private static let leafTypes: Set<UInt32> = Set([CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_SOFTBREAK,
                                                     CMARK_NODE_LINEBREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK,
                                                     CMARK_NODE_THEMATIC_BREAK].map(\.rawValue))

    private static func collectText(of node: OpaquePointer, into text: inout String) {
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_PARAGRAPH, !text.isEmpty {
                text += " "
            }
        }
    }
}
