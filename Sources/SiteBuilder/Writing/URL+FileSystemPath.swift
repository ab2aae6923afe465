import Foundation

extension URL {
    /// The absolute path without a trailing slash, so `SITE` and `SITE/` (a folder URL) compare and join alike.
    var fileSystemPath: String {
        var path = standardizedFileURL.path(percentEncoded: false)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
