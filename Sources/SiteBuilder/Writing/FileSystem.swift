#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX calls for the writer. POSIX rather than FileManager because the writer needs `lstat` (never
/// following links), exclusive creation, `rename` over an existing file, and speed on tens of thousands of files.
enum FileSystem {
    /// The message of a replacement given up because the file changed since it was read.
    static let changedMeanwhile = "changed since it was read; left as it is now"

    /// `lstat`, or `stat` when `followingLinks` (inputs may be links to files kept elsewhere).
    static func status(_ path: String, followingLinks: Bool = false) -> FileStatus? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return fileStatus(info)
    }

    fileprivate static func fileStatus(_ info: stat) -> FileStatus {
        let kind: FileStatus.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .folder
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        return FileStatus(kind: kind, size: Int(info.st_size), modified: modificationTime(info),
                          changed: changeTime(info), inode: UInt64(info.st_ino))
    }

    private static func modificationTime(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        nanoseconds(info.st_mtimespec)
        #else
        nanoseconds(info.st_mtim)
        #endif
    }

    private static func changeTime(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        nanoseconds(info.st_ctimespec)
        #else
        nanoseconds(info.st_ctim)
        #endif
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    static func makeFolder(_ path: String) throws(Diagnostic) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        throw failure(path, "cannot create the folder")
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so a reader or a kill
    /// sees either the old file or the new one, never a part. Returns the new file's status.
    static func replaceAtomically(_ path: String, with bytes: [UInt8], temporaryName: String) throws(Diagnostic) -> FileStatus {
        let staged = try stage(bytes, for: path, temporaryName: temporaryName)
        try moveIntoPlace(staged, at: path)
        return staged.status
    }

    /// A complete new version of a file, written beside it under a temporary name, not yet in place.
    struct StagedFile: Sendable {
        /// Where it was written: the temporary name, or the file's own path for a file written in place where
        /// nothing was (`create`), which no rename follows.
        var temporary: String
        /// The status the file will have once in place (a rename keeps it).
        var status: FileStatus
    }

    /// Writes `bytes` to the temporary file `temporaryName` in the folder of `path`, whole or not at all.
    static func stage(_ bytes: [UInt8], for path: String, temporaryName: String) throws(Diagnostic) -> StagedFile {
        let folderEnd = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<folderEnd]) + temporaryName
        var descriptor = openNew(temporary)
        if descriptor < 0 && errno == EEXIST {
            unlink(temporary)
            descriptor = openNew(temporary)
        }
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file") }
        return StagedFile(temporary: temporary, status: try writeWhole(bytes, to: descriptor, at: temporary, for: path))
    }

    /// Writes `bytes` to a new file at `path`, where nothing is yet, whole or not at all: with nothing there to
    /// keep until the file is complete, it needs no temporary name and no rename.
    static func create(_ bytes: [UInt8], at path: String) throws(Diagnostic) -> FileStatus {
        let descriptor = openNew(path)
        guard descriptor >= 0 else { throw failure(path, "cannot create the file") }
        return try writeWhole(bytes, to: descriptor, at: path, for: path)
    }

    private static func openNew(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
    }

    /// Writes `bytes` to the new file `descriptor` opened at `written` and closes it; on failure the file is
    /// removed and the error names `path`.
    private static func writeWhole(_ bytes: [UInt8], to descriptor: Int32, at written: String, for path: String) throws(Diagnostic) -> FileStatus {
        let complete = writeAll(bytes, to: descriptor)
        var info = stat()
        let described = fstat(descriptor, &info) == 0
        let writeError = errno
        close(descriptor)
        guard complete, described else {
            unlink(written)
            errno = writeError
            throw failure(path, "cannot write the file")
        }
        return FileStatus(kind: .regularFile, size: Int(info.st_size), modified: modificationTime(info), changed: changeTime(info),
                          inode: UInt64(info.st_ino))
    }

    /// Writes all of `bytes` to an open file; false, with `errno` set, when a write fails.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
    }

    /// Writes each change's bytes at its offset of the existing file `path`, which must hold `size` bytes: no new
    /// file, no rename, for a few changed bytes of a large file whose readers know a half-done change when they see
    /// one (the output manifest's state byte). Changes are written in the order given. False when the file is not of
    /// that size or a write fails.
    static func overwrite(_ path: String, size: Int, changes: [(offset: Int, bytes: ArraySlice<UInt8>)]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size == size else { return false }
        return changes.allSatisfy { change in
            change.bytes.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let result = pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(change.offset + written))
                    if result < 0 && errno == EINTR { continue }
                    guard result > 0 else { return false }
                    written += result
                }
                return true
            }
        }
    }

    /// Renames a staged file over `path`.
    static func moveIntoPlace(_ staged: StagedFile, at path: String) throws(Diagnostic) {
        guard rename(staged.temporary, path) == 0 else {
            let renameError = errno
            unlink(staged.temporary)
            errno = renameError
            throw failure(path, "cannot write the file")
        }
    }

    /// The whole file, nil when it cannot be read. A link is not followed unless asked: the build's own files
    /// (`Public/`, `.mujaz/`) are never links, while an input may be one.
    static func contents(_ path: String, followingLinks: Bool = false) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return contents(ofOpen: descriptor)
    }

    /// The status of an open file (`fstat`).
    static func status(ofOpen descriptor: Int32) -> FileStatus? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? fileStatus(info) : nil
    }

    /// The whole of an open file, read from its start.
    static func contents(ofOpen descriptor: Int32) -> [UInt8]? {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // Read into uninitialized memory: zeroing first would cost as much again for the build cache's large files.
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let result = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 {
                    complete = false
                    return
                }
                initialized += result
            }
        }
        return complete ? bytes : nil
    }

    /// Deletes a file; true when it existed.
    static func removeFile(_ path: String) throws(Diagnostic) -> Bool {
        if unlink(path) == 0 { return true }
        if errno == ENOENT { return false }
        throw failure(path, "cannot remove the file")
    }

    /// Deletes a folder only if it is empty; true when it was removed.
    static func removeFolderIfEmpty(_ path: String) -> Bool {
        rmdir(path) == 0
    }

    /// Names inside a folder (without "." and ".."), or nothing when it cannot be read.
    static func names(in path: String) -> [String] {
        entries(in: path).map(\.name)
    }

    /// Names inside a folder with their kind as the folder listing tells it, so walking a large folder needs no
    /// `lstat` per entry (the kind is looked up only where the file system does not say).
    static func entries(in path: String) -> [(name: String, kind: FileStatus.Kind?)] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var entries: [(name: String, kind: FileStatus.Kind?)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            let kind: FileStatus.Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .regularFile
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_UNKNOWN): kind = status(path + "/" + name)?.kind
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries
    }

    private static func failure(_ path: String, _ action: String) -> Diagnostic {
        Diagnostic(path: path, message: "\(action): \(String(cString: strerror(errno)))")
    }
}

/// An open folder, so many files inside it can be looked up by relative path (`fstatat`): the kernel then walks
/// only the relative part, which halves the cost of checking tens of thousands of pages.
final class OpenFolder: Sendable {
    private let descriptor: Int32

    init(_ path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Like `FileSystem.status`, for a path relative to this folder (an absolute path is used as it is).
    func status(_ relative: String, followingLinks: Bool = false) -> FileStatus? {
        guard descriptor >= 0 || relative.hasPrefix("/") else { return nil }
        var info = stat()
        guard fstatat(descriptor, relative, &info, followingLinks ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileSystem.fileStatus(info)
    }
}
