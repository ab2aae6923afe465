import ArabicText
import Foundation

/// The one way files reach the output folder. `publish` takes the complete set of files of a build and makes
/// the folder hold exactly that set:
/// - every path is checked before anything is written, so one bad path means nothing changes;
/// - each file is replaced atomically (temporary file in the same folder, then rename), in parallel;
/// - files whose bytes did not change are left alone, known from a manifest in the state folder;
/// - files of earlier builds that are no longer produced are removed, with the folders they leave empty;
/// - a build killed half-way is repaired by the next one.
/// Files in the output folder that no build of this writer produced are never touched.
struct OutputWriter: Sendable {
    /// Absolute path of the output folder, for example `SITE/Public`.
    let outputFolder: String
    /// Absolute path of the folder that keeps the manifest, `SITE/.mujaz`; never inside the output or content.
    let stateFolder: String

    init(outputFolder: URL, stateFolder: URL) {
        self.outputFolder = outputFolder.fileSystemPath
        self.stateFolder = stateFolder.fileSystemPath
    }

    var manifestFile: String { stateFolder + "/" + OutputManifest.fileName }

    /// How a message names a file: the output folder's own name, then the relative path.
    private func displayed(_ path: String) -> String {
        (outputFolder.split(separator: "/").last.map(String.init) ?? outputFolder) + "/" + OutputPathRules.printable(path)
    }

    private func location(_ path: some StringProtocol) -> String {
        outputFolder + "/" + path
    }

    /// The files of the last build whose render keys are those of `jobs` and which are still on disk exactly as
    /// published: they need not be rendered or written again. Nothing is reused after an interrupted publish.
    func reusableFiles(_ jobs: [OutputJob]) -> ReusedOutput {
        guard let bytes = FileSystem.contents(manifestFile), let manifest = OutputManifest.parse(bytes, outputFolder: outputFolder)
        else { return ReusedOutput() }
        guard manifest.state == .complete else { return ReusedOutput(manifest: manifest, manifestFile: bytes) }
        let output = OpenFolder(outputFolder)
        let kept = jobs.concurrentMap { job -> (ByteKey, OutputManifest.Entry)? in
            guard let key = job.key, let entry = manifest.entries[ByteKey(job.path)], entry.renderKey == key,
                  let status = output.status(job.path), status.kind == .regularFile,
                  status.size == entry.size, status.modified == entry.modified
            else { return nil }
            return (ByteKey(job.path), entry)
        }
        return ReusedOutput(manifest: manifest, manifestFile: bytes,
                            entries: Dictionary(kept.compactMap { $0 }, uniquingKeysWith: { first, _ in first }))
    }

    /// Publishes `files`, together with the `reused` files of the last build, as the whole content this writer
    /// manages in the output folder. A path both in `files` and among the reused entries is published from `files`.
    /// Throws `BuildFailure` listing every problem; when it is thrown before writing, nothing changed.
    func publish(_ files: [OutputFile]) throws -> PublishReport {
        try publish(files, reusing: ReusedOutput()).report
    }

    func publish(_ files: [OutputFile], reusing reused: ReusedOutput) throws -> Publication {
        try checkPaths(files)
        let outputIsNew = try prepareFolder(outputFolder)
        let previous = reused.manifest ?? OutputManifest.load(from: manifestFile, outputFolder: outputFolder)
        let trusted = previous?.state == .complete
        let filePaths = Set(files.map { ByteKey($0.path) })
        let reusedCount = reused.entries.count - filePaths.count { reused.entries[$0] != nil }
        let previousEntries = previous?.entries ?? [:]
        let addsPaths = filePaths.contains { previousEntries[$0] == nil }
        // Every file of the last publish kept but those given anew (an edited article): nothing is stale, and the
        // manifest is the last one's file with those entries changed in place.
        let lastManifestFile = !addsPaths && reused.entries.count == previousEntries.count ? reused.manifestFile : nil
        let stalePaths = lastManifestFile != nil ? [] : previousEntries.keys.filter { reused.entries[$0] == nil && !filePaths.contains($0) }.map(\.text)
        let folders = try checkFoldersOnDisk(files, stalePaths: Set(stalePaths))

        let plans = files.concurrentMap { plan(for: $0, previous: previous?.entries[ByteKey($0.path)], trusted: trusted) }
        let blocked = zip(files, plans).compactMap { file, plan -> Diagnostic? in
            guard case .blocked(let message) = plan else { return nil }
            return Diagnostic(path: displayed(file.path), message: message)
        }
        if !blocked.isEmpty { throw BuildFailure(blocked) }

        let pending = zip(files.indices, plans).filter { if case .write = $0.1 { true } else { false } }.map(\.0)
        // The entries of the files given, those left as they are now and those written below.
        var published: [ByteKey: OutputManifest.Entry] = [:]
        for (file, plan) in zip(files, plans) {
            if let entry = plan.entry { published[ByteKey(file.path)] = entry }
        }
        if trusted && pending.isEmpty && stalePaths.isEmpty && (lastManifestFile != nil
            ? published.allSatisfy { previousEntries[$0.key] == $0.value }
            : completedManifest(reused.entries, published) == previous) {
            // Every file was just checked on disk (reused ones by `reusableFiles`), so the manifest describes them.
            return Publication(report: PublishReport(unchanged: files.count + reusedCount),
                               outputSignature: FileSystem.contents(manifestFile).map(ContentHash.init))
        }

        // From here on the output folder changes: record every path that may be touched, so a kill is repaired.
        var interrupted = previous ?? OutputManifest(state: .interrupted, outputFolder: outputFolder, entries: [:])
        interrupted.state = .interrupted
        for (file, plan) in zip(files, plans) where interrupted.entries[ByteKey(file.path)] == nil {
            interrupted.entries[ByteKey(file.path)] = plan.entry ?? OutputManifest.Entry(hash: ContentHash(value: 0), size: -1, modified: 0)
        }
        try prepareFolder(stateFolder)
        // When every path is already in the last manifest, its file is marked interrupted in place: tens of thousands
        // of entries are not written again for a publish of a few pages.
        let markedInPlace = !addsPaths && reused.manifest != nil && reused.manifestFile.map { bytes in
            FileSystem.overwrite(manifestFile, size: bytes.count, changes: [(OutputManifest.stateOffset, [1])])
        } == true
        if !markedInPlace {
            do { try interrupted.save(to: manifestFile) } catch { throw BuildFailure([error]) }
        }

        for path in folders.staleFilesInTheWay { _ = try removing(path) }
        try makeFolders(folders.missing)
        // A folder made just now holds no leftovers of a killed build.
        if !trusted && !outputIsNew { removeTemporaryLeftovers(near: interrupted.entries.keys.map(\.text)) }

        // Every file that replaces one is written in full beside it before any takes its place, and a new file is
        // put in place at once: a write that fails (a full disk) then removes the new files and the staged ones and
        // leaves every page as it was; only renames, which need no space, remain. A cold build stages nothing: where
        // no file is, a page is written in place (a killed build's half-written page is rewritten by the next
        // build, which finds the manifest interrupted and compares the bytes).
        let replaces = pending.map { index in previous?.entries[ByteKey(files[index].path)] != nil }
        let staged = Array(zip(pending, replaces)).concurrentMap { index, replacing -> Result<FileSystem.StagedFile, Diagnostic> in
            Result { () throws(Diagnostic) in
                let path = location(files[index].path)
                if !replacing, case .write(_, isNew: true) = plans[index] {
                    return FileSystem.StagedFile(temporary: path, status: try FileSystem.create(files[index].contents, at: path))
                }
                let file = try FileSystem.stage(files[index].contents, for: path,
                                                temporaryName: OutputPathRules.temporaryPrefix + String(index))
                if !replacing { try FileSystem.moveIntoPlace(file, at: path) }
                return file
            }
        }
        let stagingFailures = staged.compactMap { outcome -> Diagnostic? in
            if case .failure(let diagnostic) = outcome { diagnostic } else { nil }
        }
        if !stagingFailures.isEmpty {
            for ((index, replacing), outcome) in zip(zip(pending, replaces), staged) {
                guard case .success(let file) = outcome else { continue }
                unlink(replacing ? file.temporary : location(files[index].path))
            }
            // Nothing took its place: unless a file had to make way for a folder, the last manifest still holds.
            if folders.staleFilesInTheWay.isEmpty, let previous { _ = try? previous.save(to: manifestFile) }
            removeEmptyFolders(made: folders.missing)
            throw BuildFailure(stagingFailures)
        }
        let outcomes = Array(zip(zip(pending, replaces), staged)).concurrentMap { placement, outcome -> Result<OutputManifest.Entry, Diagnostic> in
            let (index, replacing) = placement
            return Result { () throws(Diagnostic) in
                let file = try outcome.get()
                if replacing { try FileSystem.moveIntoPlace(file, at: location(files[index].path)) }
                return OutputManifest.Entry(hash: plans[index].hash, size: file.status.size, modified: file.status.modified,
                                            renderKey: files[index].renderKey)
            }
        }
        var failures: [Diagnostic] = []
        for (index, outcome) in zip(pending, outcomes) {
            switch outcome {
            case .success(let entry): published[ByteKey(files[index].path)] = entry
            case .failure(let diagnostic): failures.append(diagnostic)
            }
        }
        // The manifest stays `interrupted`, so the next build repairs whatever was half done.
        if !failures.isEmpty { throw BuildFailure(failures) }

        var removed = 0
        for path in stalePaths where !folders.staleFilesInTheWay.contains(path) {
            if try removing(path) { removed += 1 }
        }
        removed += folders.staleFilesInTheWay.count
        removeEmptyFolders(after: stalePaths)
        let report = PublishReport(written: pending.count, unchanged: files.count - pending.count + reusedCount, removed: removed)
        // The state byte is among the changed bytes and written last, so a kill before it leaves the manifest interrupted.
        if markedInPlace, let lastManifestFile,
           let patched = OutputManifest.patched(lastManifestFile, outputFolder: outputFolder, replacing: published),
           FileSystem.overwrite(manifestFile, size: patched.bytes.count,
                                changes: patched.changed.sorted { $0.lowerBound > $1.lowerBound }.map { ($0.lowerBound, patched.bytes[$0]) }) {
            return Publication(report: report, outputSignature: ContentHash(patched.bytes))
        }
        let signature: ContentHash
        do { signature = try completedManifest(reused.entries, published).save(to: manifestFile) } catch { throw BuildFailure([error]) }
        return Publication(report: report, outputSignature: signature)
    }

    /// The manifest of a complete publish: the files kept and those published.
    private func completedManifest(_ kept: [ByteKey: OutputManifest.Entry], _ published: [ByteKey: OutputManifest.Entry]) -> OutputManifest {
        var completed = OutputManifest(state: .complete, outputFolder: outputFolder, entries: kept)
        // Reserving rehashes every entry already there: worth it only when nearly all are yet to come (a cold build).
        if published.count > kept.count { completed.entries.reserveCapacity(published.count + kept.count) }
        for (path, entry) in published { completed.entries[path] = entry }
        return completed
    }

    /// Creates `folders` a level at a time, parents first, each level on every core: a cold build creates
    /// thousands of folders, and the file system's inode allocation is then a large part of the build. A core
    /// takes all the folders of one parent, largest parents first: two cores creating entries in one folder wait
    /// for each other's lock on it.
    private func makeFolders(_ folders: [String]) throws {
        let levels = Dictionary(grouping: folders) { folder in folder.utf8.count { $0 == UInt8(ascii: "/") } }
        for depth in levels.keys.sorted() {
            let siblings = Dictionary(grouping: levels[depth] ?? []) { folder in
                folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? ""
            }
            // Largest first, then by parent, so that problems are listed in the same order every time.
            let groups = siblings.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map(\.value)
            let outcomes = groups.concurrentMap { group in
                group.compactMap { folder -> Diagnostic? in
                    do throws(Diagnostic) { try FileSystem.makeFolder(location(folder)) } catch { return error }
                    return nil
                }
            }
            let problems = outcomes.flatMap { $0 }
            if !problems.isEmpty { throw BuildFailure(problems) }
        }
    }

    /// A fingerprint of the output folder when it holds exactly what the last publish left there (the manifest
    /// is complete and every file still has its recorded size and time), read without opening any page;
    /// nil when a publish was interrupted or anything was changed or deleted by hand.
    func intactOutputSignature() -> ContentHash? {
        guard let bytes = FileSystem.contents(manifestFile), intactListing(bytes) != nil else { return nil }
        return ContentHash(bytes)
    }

    /// The listing of a complete manifest when every file it lists is on disk with its recorded size and time.
    private func intactListing(_ bytes: [UInt8]) -> OutputManifest.Listing? {
        guard let listing = completeListing(bytes) else { return nil }
        let output = OpenFolder(outputFolder)
        let intact = listing.entries.concurrentMap { path, entry in isIntact(entry, at: path, in: output) }
        return intact.allSatisfy { $0 } ? listing : nil
    }

    /// The listing of the manifest file `bytes` when its last publish completed.
    func completeListing(_ bytes: [UInt8]) -> OutputManifest.Listing? {
        OutputManifest.listing(bytes, outputFolder: outputFolder).flatMap { $0.state == .complete ? $0 : nil }
    }

    /// Whether the file at `path` is as the manifest `entry` recorded it: a regular file of its size and time.
    func isIntact(_ entry: OutputManifest.Entry, at path: ByteKey, in output: OpenFolder) -> Bool {
        guard let status = output.status(path.text) else { return false }
        return status.kind == .regularFile && status.size == entry.size && status.modified == entry.modified
    }

    // MARK: - Checks made before anything is written

    private func checkPaths(_ files: [OutputFile]) throws {
        // Paths are compared by bytes: Swift's String hashing normalizes Unicode, slow over thousands of Arabic paths.
        let invalid = files.concurrentMap { OutputPathRules.problem(with: $0.path) }
        var problems: [Diagnostic] = []
        var seen = Set<ByteKey>()
        seen.reserveCapacity(files.count)
        for (file, problem) in zip(files, invalid) {
            if let problem {
                problems.append(Diagnostic(path: displayed(file.path), message: "invalid output path: \(problem)"))
            } else if !seen.insert(ByteKey(file.path)).inserted {
                problems.append(Diagnostic(path: displayed(file.path), message: "two pages are written to this path"))
            }
        }
        if problems.isEmpty {
            for file in files {
                if let folder = OutputPathRules.folders(of: file.path).first(where: { seen.contains(ByteKey(String($0))) }) {
                    problems.append(Diagnostic(
                        path: displayed(file.path),
                        message: "this path needs a folder where another page, \(folder), is written"))
                }
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }

    /// Makes sure `path` is a folder; true when this call created it.
    @discardableResult
    private func prepareFolder(_ path: String) throws -> Bool {
        switch FileSystem.status(path)?.kind {
        case .folder?, .symbolicLink?:
            // A symbolic link as the output folder itself is the user's choice (e.g. a web root elsewhere).
            return false
        case nil:
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                return true
            } catch {
                throw BuildFailure([Diagnostic(path: path, message: "cannot create the folder: \(error.localizedDescription)")])
            }
        default:
            throw BuildFailure([Diagnostic(path: path, message: "expected a folder here, found a file")])
        }
    }

    private struct FolderCheck {
        /// Folders to create, parents first.
        var missing: [String] = []
        /// Files of earlier builds that sit where this build needs a folder.
        var staleFilesInTheWay: Set<String> = []
    }

    /// Refuses folders that are symbolic links (they could lead outside the output folder) or files.
    private func checkFoldersOnDisk(_ files: [OutputFile], stalePaths: Set<String>) throws -> FolderCheck {
        // By bytes, as in `checkPaths`; byte order still puts a folder before everything inside it.
        var folders = Set<ByteKey>()
        for file in files {
            for folder in OutputPathRules.folders(of: file.path) { folders.insert(ByteKey(String(folder))) }
        }
        var check = FolderCheck()
        var missing = Set<ByteKey>()
        var problems: [Diagnostic] = []
        for key in folders.sorted() {
            let folder = key.text
            if let parent = OutputPathRules.folders(of: folder).last, missing.contains(ByteKey(String(parent))) {
                missing.insert(key)
                check.missing.append(folder)
                continue
            }
            switch FileSystem.status(location(folder))?.kind {
            case nil:
                missing.insert(key)
                check.missing.append(folder)
            case .folder?:
                break
            case .symbolicLink?:
                problems.append(Diagnostic(
                    path: displayed(folder),
                    message: "is a symbolic link; pages are never written through links that may lead outside the output folder"))
            case .regularFile?, .other?:
                if stalePaths.contains(folder) {
                    check.staleFilesInTheWay.insert(folder)
                    missing.insert(key)
                    check.missing.append(folder)
                } else {
                    problems.append(Diagnostic(path: displayed(folder), message: "is a file where the build needs a folder"))
                }
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return check
    }

    // MARK: - Deciding what to write

    private enum Plan {
        case unchanged(OutputManifest.Entry)
        /// `isNew`: nothing is at the file's path.
        case write(ContentHash, isNew: Bool)
        case blocked(String)

        var entry: OutputManifest.Entry? {
            if case .unchanged(let entry) = self { return entry }
            return nil
        }

        var hash: ContentHash {
            switch self {
            case .unchanged(let entry): entry.hash
            case .write(let hash, _): hash
            case .blocked: ContentHash(value: 0)
            }
        }
    }

    /// With a trusted manifest a file is unchanged when its hash matches and the file on disk still has the
    /// size and time the manifest recorded (so deleting or editing `Public/` by hand is noticed without
    /// reading it). Without one, the bytes on disk are compared.
    private func plan(for file: OutputFile, previous: OutputManifest.Entry?, trusted: Bool) -> Plan {
        let hash = ContentHash(file.contents)
        let path = location(file.path)
        guard let status = FileSystem.status(path) else { return .write(hash, isNew: true) }
        switch status.kind {
        case .folder:
            return .blocked("a folder is in the way of this page; remove it")
        case .symbolicLink, .other:
            return .write(hash, isNew: false)  // the rename replaces the link itself, never its target
        case .regularFile:
            guard status.size == file.contents.count else { return .write(hash, isNew: false) }
            let entry = OutputManifest.Entry(hash: hash, size: status.size, modified: status.modified, renderKey: file.renderKey)
            if trusted {
                let sameFile = previous.map { ($0.hash, $0.size, $0.modified) == (hash, status.size, status.modified) } ?? false
                return sameFile ? .unchanged(entry) : .write(hash, isNew: false)
            }
            return FileSystem.contents(path) == file.contents ? .unchanged(entry) : .write(hash, isNew: false)
        }
    }

    // MARK: - Cleaning up

    private func removing(_ path: String) throws -> Bool {
        do { return try FileSystem.removeFile(location(path)) } catch { throw BuildFailure([error]) }
    }

    /// Deletes temporary files a killed build left in any folder it may have written to.
    private func removeTemporaryLeftovers(near paths: [String]) {
        var folders: Set<Substring> = [""]
        for path in paths { folders.formUnion(OutputPathRules.folders(of: path)) }
        for folder in folders {
            let folderPath = folder.isEmpty ? outputFolder : location(folder)
            for name in FileSystem.names(in: folderPath) where name.hasPrefix(OutputPathRules.temporaryPrefix) {
                _ = try? FileSystem.removeFile(folderPath + "/" + name)
            }
        }
    }

    /// Removes folders that held removed pages and are now empty, innermost first.
    /// Removes each of `folders` that is empty, deepest first (the folders a failed publish made, say).
    private func removeEmptyFolders(made folders: [String]) {
        for folder in folders.sorted(by: >) {
            _ = FileSystem.removeFolderIfEmpty(location(folder))
        }
    }

    /// Removes the folders that removing `removedPaths` may have left empty.
    private func removeEmptyFolders(after removedPaths: [String]) {
        var folders = Set<Substring>()
        for path in removedPaths { folders.formUnion(OutputPathRules.folders(of: path)) }
        removeEmptyFolders(made: folders.map(String.init))
    }
}
