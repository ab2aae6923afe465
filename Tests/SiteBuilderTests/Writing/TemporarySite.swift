import Foundation
@testable import SiteBuilder

/// A throw-away site folder for writer tests: `Public/` as output and `.mujaz/` as state, removed at the end.
struct TemporarySite {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "mujaz-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// A site whose input files are `files` (path relative to the root → text).
    init(inputs files: [String: String]) throws {
        try self.init()
        for (path, text) in files { try writeInput(text, to: path) }
    }

    /// Writes an input file (article, template, config) at `path`, relative to the site root.
    func writeInput(_ text: String, to path: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var output: URL { root.appending(path: "Public") }
    var state: URL { root.appending(path: ".mujaz") }
    var writer: OutputWriter { OutputWriter(outputFolder: output, stateFolder: state) }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Every regular file under `Public/` with its text, so a test can compare whole trees.
    func publishedFiles() -> [String: String] {
        var files: [String: String] = [:]
        let base = output.path(percentEncoded: false)
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in walker {
            let full = base + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
               let data = FileManager.default.contents(atPath: full) {
                files[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: output.path(percentEncoded: false) + "/" + relative)
    }

    func modificationDate(_ relative: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: output.path(percentEncoded: false) + "/" + relative)[.modificationDate] as? Date
    }

    func write(_ text: String, to relative: String) throws {
        let url = output.appending(path: relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

func files(_ pairs: [String: String]) -> [OutputFile] {
    pairs.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value) }
}
