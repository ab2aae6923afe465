import Foundation
import Testing

/// A rendered fragment compared byte for byte with its copy in `GoldenFragments/`; `make golden`
/// (`MUJAZ_RECORD_GOLDEN=1`) writes the copies anew after a deliberate change, for review in the diff.
enum GoldenFragment {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GoldenFragments")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MUJAZ_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: file.path), "no golden copy \(name): run `make golden`", sourceLocation: sourceLocation)
        #expect(actual == String(decoding: expected, as: UTF8.self), "\(name) differs from its golden copy", sourceLocation: sourceLocation)
    }
}
