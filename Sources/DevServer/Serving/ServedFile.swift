import Foundation

/// A file found inside `Public/`, with what the validators (`ETag`, `Last-Modified`) are made of.
struct ServedFile: Equatable, Sendable {
    let path: String
    let isFolder: Bool
    let size: Int
    let modified: Date
    /// The writer replaces files by rename, so a rewritten page gets a new inode even within one clock tick.
    let inode: UInt64

    init?(atRealPath path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType,
              type == .typeDirectory || type == .typeRegular else { return nil }
        self.path = path
        isFolder = type == .typeDirectory
        size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        modified = attributes[.modificationDate] as? Date ?? .distantPast
        inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    var name: String { (path as NSString).lastPathComponent }

    /// Strong validator for the bytes on disk; `variant` tells apart responses that alter them (injected script).
    func entityTag(variant: String) -> String {
        let nanoseconds = UInt64(max(0, modified.timeIntervalSince1970 * 1_000_000_000))
        return "\"\(String(inode, radix: 16))-\(String(size, radix: 16))-\(String(nanoseconds, radix: 16))\(variant)\""
    }
}
