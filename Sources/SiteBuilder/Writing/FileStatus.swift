/// What `lstat` says about one path: enough to tell whether a file is still the one a build left there.
public struct FileStatus: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case regularFile, folder, symbolicLink, other
    }

    public var kind: Kind
    public var size: Int
    /// Modification time in nanoseconds since 1970; together with the size it detects edits by hand.
    public var modified: Int64
    /// Status-change time and inode: they change even when a tool restores an old modification time.
    public var changed: Int64
    public var inode: UInt64
}

extension FileStatus {
    /// `lstat` of `path`, or `stat` when `followingLinks`; nil when it fails. One system call: Foundation's
    /// `attributesOfItem` also looks up the owner's names, reading the user and group databases each time.
    public init?(atPath path: String, followingLinks: Bool = false) {
        guard let status = FileSystem.status(path, followingLinks: followingLinks) else { return nil }
        self = status
    }
}
