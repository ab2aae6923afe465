#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the Markdown files of import and enrich: whole or not at all, and an import never
/// replaces a file that exists, even one that appeared while the article was being prepared.
enum ArticleFileWriting {
    /// Creates `path` with `text`, failing if the file exists. The text goes to a hidden file
    /// first and is then hard-linked into place: `link` refuses to overwrite, atomically.
    static func createNew(_ path: String, text: String, displayPath: String) throws(Diagnostic) {
        let staging = hiddenSibling(of: path, suffix: ".import")
        _ = try FileSystem.replaceAtomically(staging, with: Array(text.utf8), temporaryName: hiddenName(of: path, suffix: ".import-tmp"))
        defer { unlink(staging) }
        guard link(staging, path) == 0 else {
            let reason = errno == EEXIST ? "it appeared while importing; nothing was overwritten" : String(cString: strerror(errno))
            throw Diagnostic(path: displayPath, message: "cannot create the file: \(reason)")
        }
    }

    /// Replaces `path` with `text` atomically (temporary file, then rename), unless the file is no longer what was
    /// read (`read`: its status and content hash then): an editor's save made meanwhile is never overwritten.
    /// The check runs right before the rename, so only the rename itself is left as a window.
    static func replace(_ path: String, text: String, read: ReadVersion) throws(Diagnostic) {
        _ = try FileSystem.replaceAtomically(path, with: Array(text.utf8), temporaryName: hiddenName(of: path, suffix: ".enrich-tmp")) {
            guard let now = FileSystem.status(path), now == read.status, let bytes = FileSystem.contents(path) else { return false }
            return ContentHash(bytes) == read.hash
        }
    }

    /// A file as it was read: its status and the hash of its bytes.
    struct ReadVersion: Sendable {
        var status: FileStatus
        var hash: ContentHash
    }

    private static func hiddenName(of path: String, suffix: String) -> String {
        "." + (path.split(separator: "/").last.map(String.init) ?? path) + suffix
    }

    private static func hiddenSibling(of path: String, suffix: String) -> String {
        let folderEnd = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return String(path[..<folderEnd]) + hiddenName(of: path, suffix: suffix)
    }
}
