/// The picture an article names in its front matter (`image`), as links a page can hold: an `http(s)` URL, or a
/// path on the site (`images/a.jpg`, `/images/a.jpg`, both from the site's root). Anything else gives no picture:
/// another scheme (`javascript:`, `data:`), a host-relative `//host`, `..`, spaces, control characters or a
/// backslash; so front matter can neither run script nor leave the attribute it is written in.
struct ArticleImage: Sendable, Equatable {
    /// For `src`: the URL, or the path root-relative under the base URL's path.
    var link: String
    /// For `og:image`: always absolute.
    var absolute: String

    init?(_ written: String, paths: SitePaths) {
        let value = FrontMatterFields.trimmed(written)
        guard !value.isEmpty, !value.unicodeScalars.contains(where: Self.isForbidden) else { return nil }
        let lowercased = value.lowercased()
        if lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://") {
            let afterScheme = value.drop { $0 != ":" }.dropFirst(3)
            guard let host = afterScheme.split(separator: "/", omittingEmptySubsequences: false).first, !host.isEmpty else { return nil }
            link = SitePaths.encodingUnsafeCharacters(value)
            absolute = link
            return
        }
        guard !value.hasPrefix("//"), !value.contains(":") else { return nil }
        let path = String(value.drop { $0 == "/" })
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        link = paths.link(path)
        absolute = paths.absolute(path)
    }

    /// Whitespace and control characters (a URL holds them percent-encoded), and the backslash browsers read as `/`.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\\"
            || scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }
}

