import ArabicText
import Dispatch
import Foundation

/// Whether the output folder holds exactly what the last publish left (see `OutputWriter.intactOutputSignature`),
/// worked out beside other work: a thread starts on it at once, and the calling thread, when it asks, checks the
/// files still left rather than wait. (A `concurrentMap` on that thread gets no helper: the dispatch pool's threads,
/// one per core, are that thread and the caller's.) The manifest's dictionary, which only a build that republishes
/// some pages needs, is made after the files are checked, unless the caller said it only wants the signature.
final class IntactOutputCheck: @unchecked Sendable {
    /// Files checked per turn: few enough that both threads finish together, enough that turns are rare.
    private static let chunkSize = 256

    private let writer: OutputWriter
    private let output: OpenFolder
    private let listed = DispatchGroup(), checked = DispatchGroup(), finished = DispatchGroup()
    private let lock = NSLock()
    /// Set before `listed` is left, only read after.
    private var file: [UInt8]?
    private var listing: OutputManifest.Listing?
    /// Set before `finished` is left, only read after.
    private var manifest: OutputManifest?
    /// Guarded by `lock`: the first file no thread has taken, whether every file checked so far is intact, and
    /// whether the manifest's dictionary is still wanted.
    private var nextFile = 0
    private var intact = true
    private var wantsManifest = true

    init(_ writer: OutputWriter) {
        self.writer = writer
        output = OpenFolder(writer.outputFolder)
        listed.enter()
        checked.enter()
        finished.enter()
        DispatchQueue.global().async {
            self.file = FileSystem.contents(self.writer.manifestFile)
            self.listing = self.file.flatMap(self.writer.completeListing)
            self.listed.leave()
            self.checkFiles()
            self.checked.leave()
            if let listing = self.listing, self.lock.withLock({ self.intact && self.wantsManifest }) {
                self.manifest = OutputManifest(listing: listing, outputFolder: self.writer.outputFolder)
            }
            self.finished.leave()
        }
    }

    /// The signature of the intact output folder's manifest, nil when a file changed; the manifest's dictionary is
    /// then not made, if it is not made yet.
    var signature: ContentHash? {
        lock.withLock { wantsManifest = false }
        return checkedFile.map(ContentHash.init)
    }

    /// The manifest of the intact output folder, its signature and file; nil when a file changed.
    var result: (manifest: OutputManifest, signature: ContentHash, file: [UInt8])? {
        guard let file = checkedFile else { return nil }
        finished.wait()
        guard let manifest = manifest ?? listing.map({ OutputManifest(listing: $0, outputFolder: writer.outputFolder) }) else { return nil }
        return (manifest, ContentHash(file), file)
    }

    /// Stops the check where it is, for a caller that no longer needs it, and waits for its thread.
    func abandon() {
        lock.withLock { intact = false }
        finished.wait()
    }

    /// The manifest file once every file it lists has been checked, by this thread too; nil when one changed.
    private var checkedFile: [UInt8]? {
        listed.wait()
        checkFiles()
        checked.wait()
        return lock.withLock({ intact }) ? file : nil
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
