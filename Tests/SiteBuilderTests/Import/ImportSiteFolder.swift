import Foundation

/// A throwaway site folder with a `Content/` inside, removed when the test ends.
final class ImportSiteFolder {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = content.appendingPathComponent(name)
        try data.write(to: file)
        return file
    }

    func setModified(_ name: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: content.appendingPathComponent(name).path)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8)
    }

    func data(_ name: String) throws -> Data {
        try Data(contentsOf: content.appendingPathComponent(name))
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: content.appendingPathComponent(name).path)
    }

    /// Every file name in `Content/`, hidden ones included, to prove nothing else appeared.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
    }
}
