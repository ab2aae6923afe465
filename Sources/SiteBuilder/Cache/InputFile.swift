/// One file a build reads (article, template, config, alias file…): its content hash, and the status it had
/// when hashed, so later builds re-read only files whose status changed.
struct InputFile: Sendable, Hashable {
    struct Signature: Sendable, Hashable {
        var size: Int
        var modified: Int64
        var changed: Int64
        var inode: UInt64

        init(_ status: FileStatus) {
            self.init(size: status.size, modified: status.modified, changed: status.changed, inode: status.inode)
        }

        init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
            self.size = size
            self.modified = modified
            self.changed = changed
            self.inode = inode
        }
    }

    var signature: Signature
    var hash: ContentHash
}
