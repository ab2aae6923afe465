/// The front-matter keys pages show beside an article's title when they are written: `source` (the agency or
/// outlet), `author` (the byline; a list of names is joined) and `image` (a picture, see `ArticleImage`). They
/// stay in `params` as well, for themes that read them there.
extension ArticleSource {
    var sourceName: String { Self.text(of: params["source"]) }
    var author: String { Self.text(of: params["author"]) }
    var image: String { Self.text(of: params["image"]) }

    /// Text, or a list of texts joined with the Arabic comma; empty for anything else.
    private static func text(of value: FrontMatterValue?) -> String {
        switch value {
        case .text(let text): text
        case .list(let items): items.compactMap { if case .text(let text) = $0, !text.isEmpty { text } else { nil } }.joined(separator: "، ")
        default: ""
        }
    }
}
