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
    }

    static let fileName = "output-manifest"
    private static let signature = "mujaz-output-manifest 1"

    var state: State
    /// The output folder the entries describe; a manifest of another folder is ignored.
    var outputFolder: String
    var entries: [String: Entry]

    init(state: State, outputFolder: String, entries: [String: Entry]) {
        self.state = state
        self.outputFolder = outputFolder
        self.entries = entries
    }

    /// Reads the manifest; nil when it is missing, unreadable or about another output folder.
    static func load(from file: String, outputFolder: String) -> OutputManifest? {
        FileSystem.contents(file).flatMap { parse($0, outputFolder: outputFolder) }
    }

    static func parse(_ bytes: [UInt8], outputFolder: String) -> OutputManifest? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let header = lines.first.map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        let fields = header.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, "\(fields[0]) \(fields[1])" == signature,
              let state = State(rawValue: String(fields[2])), fields[3] == outputFolder
        else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            // "hash size modified path": the path is last because it may contain spaces (never newlines).
            let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4,
                  let hash = ContentHash(hex: Substring(decoding: parts[0], as: UTF8.self)),
                  let size = Int(String(decoding: parts[1], as: UTF8.self)),
                  let modified = Int64(String(decoding: parts[2], as: UTF8.self))
            else { return nil }
            entries[String(decoding: parts[3], as: UTF8.self)] = Entry(hash: hash, size: size, modified: modified)
        }
        return OutputManifest(state: state, outputFolder: outputFolder, entries: entries)
    }

    /// Saves atomically, sorted by path so the file is stable.
    func save(to file: String) throws(Diagnostic) {
        var text = "\(Self.signature) \(state.rawValue) \(outputFolder)\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            text += "\(entry.hash) \(entry.size) \(entry.modified) \(path)\n"
        }
        _ = try FileSystem.replaceAtomically(file, with: Array(text.utf8), temporaryName: OutputPathRules.temporaryPrefix + Self.fileName)
    }
}
