import Foundation
import SiteBuilder

/// The built site as the preview serves it: at its base URL's path (a site published at
/// `https://example.org/news/` is previewed at `http://127.0.0.1:8080/news/`), with absolute URLs to the base URL
/// pointed at the preview as text goes out. `Public/` keeps the bytes the build wrote.
struct MountedSite: Sendable, Equatable {
    /// Where the pages say the site is published; nil serves it at `/` and rewrites nothing.
    let location: SiteLocation?

    enum Route: Equatable {
        /// The path inside `Public/`, still percent-encoded, starting with `/`.
        case site(String)
        /// The mount point asked for without its slash, or the server's root: the site is one redirect away.
        case redirect(to: String)
        /// Outside the site's path.
        case outside
    }

    /// `path` as sent (percent-encoded, without the query).
    func route(_ path: Substring) -> Route {
        let root = location?.rootPath ?? "/"
        if path.hasPrefix(root) { return .site("/" + path.dropFirst(root.count)) }
        if path + "/" == root || path == "/" { return .redirect(to: root) }
        return .outside
    }

    /// `text` with every absolute URL to the base URL pointing at the preview, reached through `host`
    /// (the request's checked `Host:` value, so a page opened as `localhost:8080` links to `localhost:8080`).
    func rewritten(_ text: Data, host: String) -> Data {
        guard let location else { return text }
        let published = Array(location.baseURL.utf8)
        let preview = Array("http://\(host)\(location.rootPath)".utf8)
        guard published != preview, let first = published.first else { return text }
        let bytes = [UInt8](text)
        var result = Data(capacity: bytes.count)
        var index = 0, copiedUpTo = 0
        while index + published.count <= bytes.count {
            if bytes[index] == first, bytes[index..<index + published.count].elementsEqual(published) {
                result.append(contentsOf: bytes[copiedUpTo..<index])
                result.append(contentsOf: preview)
                index += published.count
                copiedUpTo = index
            } else {
                index += 1
            }
        }
        guard copiedUpTo > 0 else { return text }
        result.append(contentsOf: bytes[copiedUpTo...])
        return result
    }
}
