#if os(Linux)
import Foundation
import Glibc

/// One inotify descriptor and the folders it watches. After `run` starts, only the watching thread touches it,
/// which is why the unchecked `Sendable` is sound.
final class InotifySession: @unchecked Sendable {
    private struct WatchedFolder {
        var path: String
        var recursive: Bool
        /// For a folder watched only for some entries in it (the site config, a source folder yet to be
        /// created): those names.
        var onlyNames: Set<String>?
    }

    private static let folderEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        | UInt32(IN_ONLYDIR)
    private static let headerSize = MemoryLayout<Int32>.size + 3 * MemoryLayout<UInt32>.size

    private let descriptor: Int32
    private let quietMilliseconds: Int32
    private let longestBurst: Duration
    private var folders: [Int32: WatchedFolder] = [:]

    init(descriptor: Int32, quietPeriod: Duration, longestBurst: Duration) {
        self.descriptor = descriptor
        quietMilliseconds = Int32(clamping: max(1, quietPeriod.wholeMilliseconds))
        self.longestBurst = longestBurst
    }

    /// Watches `root` and every folder below it, adding the files already inside to `files`
    /// (a folder that appears while serving may arrive with its files).
    func watchTree(_ root: String, collectingFilesInto files: inout Set<String>) throws {
        try addWatch(on: root, as: WatchedFolder(path: root, recursive: true))
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = root + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try watchTree(path, collectingFilesInto: &files)
            } else {
                files.insert(path)
            }
        }
    }

    /// Watches one entry of `folder`: a file, or a folder that does not exist yet and is watched as a tree
    /// once it appears.
    func watchEntry(named name: String, in folder: String) throws {
        let key = folders.first { $0.value.path == folder }?.key
        if let key, folders[key]?.onlyNames != nil {
            folders[key]?.onlyNames?.insert(name)
            return
        }
        // A folder already watched as a tree reports every file in it anyway.
        guard key == nil else { return }
        try addWatch(on: folder, as: WatchedFolder(path: folder, recursive: false, onlyNames: [name]))
    }

    /// Polls until `stopped` is raised, handing over each burst once the folders have been quiet.
    func run(until stopped: StopSignal, report: (Set<String>) -> Void) {
        let clock = ContinuousClock()
        var burst = Set<String>()
        var burstStart = clock.now
        while !stopped.isRaised {
            // Idle polls time out so the stop signal is seen within a tenth of a second.
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, burst.isEmpty ? 100 : quietMilliseconds)
            if ready > 0 {
                if burst.isEmpty { burstStart = clock.now }
                readEvents(into: &burst)
                if clock.now - burstStart < longestBurst { continue }
            }
            if !burst.isEmpty {
                report(burst)
                burst.removeAll()
            }
        }
    }

    private func addWatch(on path: String, as folder: WatchedFolder) throws {
        let watch = inotify_add_watch(descriptor, path, Self.folderEvents)
        guard watch >= 0 else { throw WatchError(path: path, reason: String(cString: strerror(errno))) }
        folders[watch] = folder
    }

    private func readEvents(into burst: inout Set<String>) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + Self.headerSize <= count {
                let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + Self.headerSize)..<(offset + Self.headerSize + nameLength)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(watch: watch, mask: mask, name: name, into: &burst)
                offset += Self.headerSize + nameLength
            }
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String, into burst: inout Set<String>) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: say that everything watched may have changed.
            burst.formUnion(folders.values.map(\.path))
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return
        }
        guard let folder = folders[watch], !name.isEmpty else { return }
        if let onlyNames = folder.onlyNames, !onlyNames.contains(name) { return }
        let path = folder.path + "/" + name
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        let arrived = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
        // In a tree every new folder is watched; next to the config, only a source folder being created.
        if isFolder, arrived, folder.recursive || folder.onlyNames != nil, !name.hasPrefix(".") {
            // Failing to watch one new folder (it vanished already) must not stop the others.
            try? watchTree(path, collectingFilesInto: &burst)
            return
        }
        // A new empty file is not news yet; its close-after-write is.
        if !isFolder, mask & UInt32(IN_CREATE) != 0 { return }
        burst.insert(path)
    }
}
#endif
