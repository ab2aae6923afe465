#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the Markdown files of import and enrich: whole or not at all, and an import never
/// replaces a file that exists, even one that appeared while the article was being prepared.
enum ArticleFileWriting {
    /// Creates `path` with `text`, failing if the file exists. The text goes to a file of its own first, which is
    /// then hard-linked into place: `link` refuses to overwrite, atomically.
    static func createNew(_ path: String, text: String, displayPath: String) throws(Diagnostic) {
        let bytes = Array(text.utf8)
        #if os(Linux)
        let unnamed = try linkUnnamedFile(bytes, at: path)
        #else
        let unnamed: Int32? = nil
        #endif
        let linkError = if let unnamed { unnamed } else { try linkHiddenFile(bytes, at: path) }
        guard linkError == 0 else {
            let reason = linkError == EEXIST ? "it appeared while importing; nothing was overwritten" : String(cString: strerror(linkError))
            throw Diagnostic(path: displayPath, message: "cannot create the file: \(reason)")
        }
    }

    /// Writes a hidden file beside `path` and links it there. Returns 0, or the `errno` of `link`.
    private static func linkHiddenFile(_ bytes: [UInt8], at path: String) throws(Diagnostic) -> Int32 {
        let staged = try FileSystem.stage(bytes, for: path, temporaryName: hiddenName(of: path, suffix: ".import-tmp"))
        defer { unlink(staged.temporary) }
        return link(staged.temporary, path) == 0 ? 0 : errno
    }

    #if os(Linux)
    /// Writes a file without a name (`O_TMPFILE`) in the folder of `path` and names it `path` (`linkat`): one change
    /// to the folder instead of three (create, link, unlink), which an import makes for thousands of articles on
    /// every core at once. Returns 0 or the `errno` of `linkat`; nil when the file system or a missing `/proc`
    /// does not allow it.
    private static func linkUnnamedFile(_ bytes: [UInt8], at path: String) throws(Diagnostic) -> Int32? {
        let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        // Glibc's `O_TMPFILE` (which includes `O_DIRECTORY`), a macro Swift does not import.
        let descriptor = open(folder, __O_TMPFILE | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard FileSystem.writeAll(bytes, to: descriptor) else {
            throw Diagnostic(path: path, message: "cannot write the file: \(String(cString: strerror(errno)))")
        }
        if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return 0 }
        return errno == ENOENT ? nil : errno
    }
    #endif

    /// Replaces `path` with `text` atomically (temporary file, then rename), unless the file is no longer what was
    /// read (`read`: its status and content hash then): an editor's save made meanwhile is never overwritten. The
    /// file is checked through a descriptor held across the rename, so a save that lands between the check and the
    /// rename (editors save in place) is still seen: its text is put back, and the replacement given up as well.
    static func replace(_ path: String, text: String, read: ReadVersion) throws(Diagnostic) {
        let changed = Diagnostic(path: path, message: FileSystem.changedMeanwhile)
        let held = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard held >= 0 else { throw changed }
        defer { close(held) }
        let staged = try FileSystem.stage(Array(text.utf8), for: path, temporaryName: hiddenName(of: path, suffix: ".enrich-tmp"))
        guard let checked = FileSystem.status(ofOpen: held), checked == read.status,
              FileSystem.contents(ofOpen: held).map(ContentHash.init) == read.hash
        else {
            unlink(staged.temporary)
            throw changed
        }
        try FileSystem.moveIntoPlace(staged, at: path)
        // The old file lost its name, which changes its status-change time; a save changes its size or time.
        guard let after = FileSystem.status(ofOpen: held), after.size != checked.size || after.modified != checked.modified else { return }
        if let saved = FileSystem.contents(ofOpen: held) {
            _ = try FileSystem.replaceAtomically(path, with: saved, temporaryName: hiddenName(of: path, suffix: ".enrich-tmp"))
        }
        throw changed
    }

    /// A file as it was read: its status and the hash of its bytes.
    struct ReadVersion: Sendable {
        var status: FileStatus
        var hash: ContentHash
    }

    private static func hiddenName(of path: String, suffix: String) -> String {
        "." + (path.split(separator: "/").last.map(String.init) ?? path) + suffix
    }
}
