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
        guard let document, let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
