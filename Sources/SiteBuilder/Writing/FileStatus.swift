/// What `lstat` says about one path: enough to tell whether a file is still the one a build left there.
struct FileStatus: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case regularFile, folder, symbolicLink, other
    }

    var kind: Kind
    var size: Int
    /// Modification time in nanoseconds since 1970; together with the size it detects edits by hand.
    var modified: Int64
    /// Status-change time and inode: they change even when a tool restores an old modification time.
    var changed: Int64
    var inode: UInt64
}
