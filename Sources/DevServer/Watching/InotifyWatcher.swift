#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// Linux file watching through inotify: folders recursively (new subfolders are watched as they appear),
/// single files through their parent folder.
struct InotifyWatcher: FileWatcher {
    var folders: [URL]
    var files: [URL]
    /// How long the folders must stay quiet before a burst of events is reported. An editor's save (temporary
    /// file, rename, backup) comes within a millisecond or two; every millisecond here is added to each reload.
    var quietPeriod: Duration
    /// A steady stream of events is still reported at least this often.
    var longestBurst: Duration

    init(folders: [URL], files: [URL] = [],
                quietPeriod: Duration = .milliseconds(10), longestBurst: Duration = .milliseconds(250)) {
        self.folders = folders
        self.files = files
        self.quietPeriod = quietPeriod
        self.longestBurst = longestBurst
    }

    func changes() throws -> AsyncStream<Set<String>> {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw WatchError(path: folders.first?.path ?? "", reason: String(cString: strerror(errno)))
        }
        let session = InotifySession(descriptor: descriptor, quietPeriod: quietPeriod, longestBurst: longestBurst)
        do {
            // Files present at start were covered by the startup build.
            var existingFiles = Set<String>()
            for folder in folders.map(\.standardizedFileURL) {
                if FileManager.default.fileExists(atPath: folder.path) {
                    try session.watchTree(folder.path, collectingFilesInto: &existingFiles)
                } else {
                    // A site may start without Templates/ (the built-in theme); watch for the folder to appear.
                    try session.watchEntry(named: folder.lastPathComponent, in: folder.deletingLastPathComponent().path)
                }
            }
            for file in files.map(\.standardizedFileURL) {
                try session.watchEntry(named: file.lastPathComponent, in: file.deletingLastPathComponent().path)
            }
        } catch {
            close(descriptor)
            throw error
        }
        let (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        let stopped = StopSignal()
        continuation.onTermination = { _ in stopped.raise() }
        let thread = Thread {
            session.run(until: stopped) { continuation.yield($0) }
            close(descriptor)
            continuation.finish()
        }
        thread.name = "mujaz inotify"
        thread.start()
        return stream
    }
}

/// Set from any thread, read by the watching thread between polls.
final class StopSignal: Sendable {
    private let raised = Atomic(false)

    func raise() { raised.store(true, ordering: .relaxed) }
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
#endif
