import ArabicText
import Dispatch
import Foundation

/// The manifest of an intact output folder (see `OutputWriter.intactOutputSignature`), worked out beside other
/// work: a thread starts on it at once, and `result` has the calling thread check the files still left rather than
/// wait. (A `concurrentMap` on that thread gets no helper: the dispatch pool's threads, one per core, are that
/// thread and the caller's.)
final class IntactOutputCheck: @unchecked Sendable {
    /// Files checked per turn: few enough that both threads finish together, enough that turns are rare.
    private static let chunkSize = 256

    private let writer: OutputWriter
    private let output: OpenFolder
    private let listed = DispatchGroup(), finished = DispatchGroup()
    private let lock = NSLock()
    /// Set before `listed` is left, only read after.
    private var file: [UInt8]?
    private var listing: OutputManifest.Listing?
    /// Set before `finished` is left, only read after.
    private var manifest: OutputManifest?
    /// Guarded by `lock`: the first file no thread has taken, and whether every file checked so far is intact.
    private var nextFile = 0
    private var intact = true

    init(_ writer: OutputWriter) {
        self.writer = writer
        output = OpenFolder(writer.outputFolder)
        listed.enter()
        finished.enter()
        DispatchQueue.global().async {
            self.file = FileSystem.contents(self.writer.manifestFile)
            self.listing = self.file.flatMap(self.writer.completeListing)
            self.listed.leave()
            // The manifest's dictionary is made first, while the caller is still busy with its own work.
            self.manifest = self.listing.map { OutputManifest(listing: $0, outputFolder: self.writer.outputFolder) }
            self.checkFiles()
            self.finished.leave()
        }
    }

    /// The manifest of the intact output folder, its signature and file; nil when a file changed.
    var result: (manifest: OutputManifest, signature: ContentHash, file: [UInt8])? {
        listed.wait()
        checkFiles()
        finished.wait()
        guard let file, let manifest, lock.withLock({ intact }) else { return nil }
        return (manifest, ContentHash(file), file)
    }

    /// Stops the check where it is, for a caller that no longer needs it, and waits for its thread.
    func abandon() {
        lock.withLock { intact = false }
        finished.wait()
    }

    private func checkFiles() {
        guard let entries = listing?.entries else { return }
        while let files = nextFiles(of: entries.count) {
            if !entries[files].allSatisfy({ writer.isIntact($0.entry, at: $0.path, in: output) }) {
                lock.withLock { intact = false }
            }
        }
    }

    private func nextFiles(of count: Int) -> Range<Int>? {
        lock.withLock {
            guard intact, nextFile < count else { return nil }
            defer { nextFile += Self.chunkSize }
            return nextFile..<min(nextFile + Self.chunkSize, count)
        }
    }
}
