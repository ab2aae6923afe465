import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built site on disk. It maps a checked request path to a file and never answers with anything outside itself.
struct PublicDirectory: Sendable {
    let root: URL

    enum Resolution: Equatable {
        case file(ServedFile)
        /// A folder asked for without its trailing slash: a static host redirects so relative links keep working.
        case folderWithoutSlash
        case notFound
        /// The path exists but leads outside the site, through a symbolic link.
        case outside
    }

    func resolve(_ path: RequestPath) -> Resolution {
        let candidate = ([root.path] + path.segments).joined(separator: "/")
        guard let realRoot = Self.realPath(of: root.path), let realCandidate = Self.realPath(of: candidate) else {
            return .notFound
        }
        guard Self.contains(realCandidate, in: realRoot) else { return .outside }
        guard let found = ServedFile(atRealPath: realCandidate) else { return .notFound }
        if !found.isFolder {
            return path.namesFolder ? .notFound : .file(found)
        }
        guard path.namesFolder else { return .folderWithoutSlash }
        // The index page may itself be a link pointing away; check it like any other file.
        guard let realIndex = Self.realPath(of: realCandidate + "/index.html"),
              Self.contains(realIndex, in: realRoot) else { return .notFound }
        guard let index = ServedFile(atRealPath: realIndex), !index.isFolder else { return .notFound }
        return .file(index)
    }

    /// The site's own `404.html`, if it has one inside the site.
    func notFoundPage() -> ServedFile? {
        guard case .file(let page) = resolve(RequestPath(segments: ["404.html"], namesFolder: false)) else {
            return nil
        }
        return page
    }

    private static func contains(_ path: String, in root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
