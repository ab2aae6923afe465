import Foundation
import SiteBuilder

/// A file found inside `Public/`, with what the validators (`ETag`, `Last-Modified`) are made of.
struct ServedFile: Equatable, Sendable {
    let path: String
    let isFolder: Bool
    let size: Int
    let modified: Date
    /// The writer replaces files by rename, so a rewritten page gets a new inode even within one clock tick.
    let inode: UInt64

    init?(atRealPath path: String) {
        guard let status = FileStatus(atPath: path), status.kind == .folder || status.kind == .regularFile else { return nil }
        self.path = path
        isFolder = status.kind == .folder
        size = status.size
        modified = Date(timeIntervalSince1970: TimeInterval(status.modified) / 1_000_000_000)
        inode = status.inode
    }

    var name: String { (path as NSString).lastPathComponent }

    /// Strong validator for the bytes on disk; `variant` tells apart responses that alter them (injected script).
    func entityTag(variant: String) -> String {
        let nanoseconds = UInt64(max(0, modified.timeIntervalSince1970 * 1_000_000_000))
        return "\"\(String(inode, radix: 16))-\(String(size, radix: 16))-\(String(nanoseconds, radix: 16))\(variant)\""
    }
}
