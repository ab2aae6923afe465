import ArabicText
import Foundation

/// The writer's memory of the output folder, kept in `SITE/.mujaz/` so a warm build need not read `Public/`:
/// for each file of the last build, its content hash, size and modification time.
///
/// A build that is about to change files first saves the manifest as `interrupted`, listing every path it may
/// touch. If it is killed, the next build finds that state, trusts no hash, compares files on disk, deletes
/// leftovers and temporary files, and so repairs any mix of old and new pages.
struct OutputManifest: Sendable, Hashable {
    enum State: String, Sendable {
        case complete, interrupted
    }

    struct Entry: Sendable, Hashable {
        var hash: ContentHash
        var size: Int
        var modified: Int64
        /// The render key the file was made from, when it has one (see `PageKeys`).
        var renderKey: ContentHash? = nil
    }

    static let fileName = "output-manifest"
    private static let signature = "mujaz-output-manifest 3"

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
        guard var reader = ByteReader(bytes, signature: signature), let state = reader.readString().flatMap(State.init(rawValue:)),
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

    /// The manifest file `bytes` (of `outputFolder`) in another state, with the entries of the paths in `replaced`
    /// replaced; every other entry is copied as it is rather than encoded again, which is most of the cost of saving
    /// tens of thousands. Nil when `bytes` are not such a file or lack a path of `replaced`.
    static func rewritten(_ bytes: [UInt8], as state: State, outputFolder: String, replacing replaced: [ByteKey: Entry] = [:]) -> ByteWriter? {
        guard var reader = ByteReader(bytes, signature: signature), reader.readString() != nil, reader.readString() == outputFolder
        else { return nil }
        var writer = ByteWriter(signature: Self.signature)
        writer.write(state.rawValue)
        writer.write(outputFolder)
        guard !replaced.isEmpty else {
            writer.append(encoded: bytes[reader.position...])
            return writer
        }
        guard let count = reader.readCount() else { return nil }
        writer.write(count)
        writer.reserveCapacity(adding: bytes.count - reader.position)
        // Only a path of a replaced path's length is looked up, so nearly every entry is copied without hashing its path.
        let replacedLengths = Set(replaced.keys.map(\.text.utf8.count))
        var replacedCount = 0
        for _ in 0..<count {
            let start = reader.position
            guard let path = reader.readStringBytes(), readEntry(&reader) != nil else { return nil }
            if replacedLengths.contains(path.count), let entry = replaced[ByteKey(String(decoding: path, as: UTF8.self))] {
                write(String(decoding: path, as: UTF8.self), entry, to: &writer)
                replacedCount += 1
            } else {
                writer.append(encoded: bytes[start..<reader.position])
            }
        }
        return reader.isAtEnd && replacedCount == replaced.count ? writer : nil
    }

    /// Saves atomically; returns the hash of the bytes saved.
    @discardableResult
    func save(to file: String) throws(Diagnostic) -> ContentHash {
        var writer = ByteWriter(signature: Self.signature)
        writer.write(state.rawValue)
        writer.write(outputFolder)
        writer.write(entries.count)
        // A path and at most 33 bytes of numbers per entry.
        writer.reserveCapacity(adding: entries.count * 96)
        // In dictionary order: only Mujaz reads the file back, and sorting 30,000 Arabic paths costs more than the rest.
        for (path, entry) in entries { Self.write(path.text, entry, to: &writer) }
        return try writer.save(to: file)
    }

    private static func write(_ path: String, _ entry: Entry, to writer: inout ByteWriter) {
        writer.write(path)
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
