import ArabicText
import Foundation

/// The writer's memory of the output folder, kept in `SITE/.mujaz/` so a warm build need not read `Public/`:
/// for each file of the last build, its content hash, size and modification time.
///
/// A build that is about to change files first saves the manifest as `interrupted`, listing every path it may
/// touch. If it is killed, the next build finds that state, trusts no hash, compares files on disk, deletes
/// leftovers and temporary files, and so repairs any mix of old and new pages.
///
/// The state is one byte at a fixed place (`stateOffset`) and an entry's numbers have a fixed width, so a publish
/// that adds no path marks the file interrupted, updates the entries it changed and marks it complete again by
/// writing those bytes in place: a few hundred bytes instead of a file of megabytes written twice, whose fresh
/// pages cost the kernel more than the rest of a one-page build.
struct OutputManifest: Sendable, Hashable {
    enum State: Sendable {
        case complete, interrupted

        init(isInterrupted: Bool) { self = isInterrupted ? .interrupted : .complete }
    }

    struct Entry: Sendable, Hashable {
        var hash: ContentHash
        var size: Int
        var modified: Int64
        /// The render key the file was made from, when it has one (see `PageKeys`).
        var renderKey: ContentHash? = nil
    }

    static let fileName = "output-manifest"
    private static let signature = "mujaz-output-manifest 4"
    /// Where the state byte is: right after the signature.
    static let stateOffset = 8 + signature.utf8.count

    var state: State
    /// The output folder the entries describe; a manifest of another folder is ignored.
    var outputFolder: String
    /// By path, keyed by bytes: Swift's own String hashing normalizes Unicode, slow over tens of thousands of Arabic paths.
    var entries: [ByteKey: Entry]

    init(state: State, outputFolder: String, entries: [ByteKey: Entry]) {
        self.state = state
        self.outputFolder = outputFolder
        self.entries = entries
    }

    /// Reads the manifest; nil when it is missing, unreadable or about another output folder.
    static func load(from file: String, outputFolder: String) -> OutputManifest? {
        FileSystem.contents(file).flatMap { parse($0, outputFolder: outputFolder) }
    }

    static func parse(_ bytes: [UInt8], outputFolder: String) -> OutputManifest? {
        listing(bytes, outputFolder: outputFolder).map { OutputManifest(listing: $0, outputFolder: outputFolder) }
    }

    /// A manifest file's state and its entries in the order it lists them.
    typealias Listing = (state: State, entries: [(path: ByteKey, entry: Entry)])

    /// The state and the entries in the order the file lists them, without the dictionary a manifest keeps them in:
    /// enough to check the output folder against, which is all a build with nothing to do needs (tens of thousands of
    /// paths hashed into a dictionary would be a large part of it).
    static func listing(_ bytes: [UInt8], outputFolder: String) -> Listing? {
        guard var reader = ByteReader(bytes, signature: signature), let state = reader.readBool().map(State.init(isInterrupted:)),
              reader.readString() == outputFolder, let count = reader.readCount()
        else { return nil }
        var entries: [(path: ByteKey, entry: Entry)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = reader.readString(), let entry = readEntry(&reader) else { return nil }
            entries.append((ByteKey(path), entry))
        }
        return reader.isAtEnd ? (state, entries) : nil
    }

    /// The manifest of a `listing`; a path listed twice (never written so) keeps its last entry.
    init(listing: Listing, outputFolder: String) {
        var entries: [ByteKey: Entry] = [:]
        entries.reserveCapacity(listing.entries.count)
        for (path, entry) in listing.entries { entries[path] = entry }
        self.init(state: listing.state, outputFolder: outputFolder, entries: entries)
    }

    /// The complete manifest that the manifest file `bytes` (of `outputFolder`) becomes when the entries of the paths
    /// in `replaced` are replaced, and the byte ranges that may differ, the state byte among them; every other entry is
    /// left as it is rather than encoded again, which is most of the cost of saving tens of thousands. Nil when
    /// `bytes` are not such a file, lack a path of `replaced`, or an entry would change length (its render key
    /// coming or going).
    static func patched(_ bytes: [UInt8], outputFolder: String, replacing replaced: [ByteKey: Entry])
        -> (bytes: [UInt8], changed: [Range<Int>])? {
        guard var reader = ByteReader(bytes, signature: signature), reader.readBool() != nil, reader.readString() == outputFolder,
              let count = reader.readCount()
        else { return nil }
        var patched = bytes
        patched[stateOffset] = 0
        // The state byte always, as the file may have been marked interrupted since `bytes` were read.
        var changed = [stateOffset..<stateOffset + 1]
        // Only a path of a replaced path's length is looked up, so nearly every entry is passed without hashing its path.
        let replacedLengths = Set(replaced.keys.map(\.text.utf8.count))
        var replacedCount = 0
        for _ in 0..<count {
            guard let path = reader.readStringBytes() else { return nil }
            let start = reader.position
            guard readEntry(&reader) != nil else { return nil }
            guard replacedLengths.contains(path.count), let entry = replaced[ByteKey(String(decoding: path, as: UTF8.self))] else { continue }
            replacedCount += 1
            var writer = ByteWriter()
            write(entry, to: &writer)
            guard writer.bytes.count == reader.position - start else { return nil }
            if writer.bytes[...] != bytes[start..<reader.position] {
                patched.replaceSubrange(start..<reader.position, with: writer.bytes)
                changed.append(start..<reader.position)
            }
        }
        return reader.isAtEnd && replacedCount == replaced.count ? (patched, changed) : nil
    }

    /// Saves atomically; returns the hash of the bytes saved.
    @discardableResult
    func save(to file: String) throws(Diagnostic) -> ContentHash {
        var writer = ByteWriter(signature: Self.signature)
        writer.write(state == .interrupted)
        writer.write(outputFolder)
        writer.write(entries.count)
        // A path and at most 33 bytes of numbers per entry.
        writer.reserveCapacity(adding: entries.count * 96)
        // In dictionary order: only Mujaz reads the file back, and sorting 30,000 Arabic paths costs more than the rest.
        for (path, entry) in entries {
            writer.write(path.text)
            Self.write(entry, to: &writer)
        }
        return try writer.save(to: file)
    }

    /// The entry that follows its path.
    private static func write(_ entry: Entry, to writer: inout ByteWriter) {
        writer.write(entry.hash.value)
        writer.write(entry.size)
        writer.write(Int(entry.modified))
        writer.write(entry.renderKey != nil)
        if let key = entry.renderKey { writer.write(key.value) }
    }

    /// The entry that follows its path.
    private static func readEntry(_ reader: inout ByteReader) -> Entry? {
        guard let hash = reader.readUInt64(), let size = reader.readInt(), let modified = reader.readInt(), let hasKey = reader.readBool()
        else { return nil }
        var renderKey: ContentHash?
        if hasKey {
            guard let key = reader.readUInt64() else { return nil }
            renderKey = ContentHash(value: key)
        }
        return Entry(hash: ContentHash(value: hash), size: size, modified: Int64(modified), renderKey: renderKey)
    }
}
