import Foundation
import SiteBuilder

/// A site folder in the system's temporary directory: `Public/`, `Content/`, `Templates/`, `mujaz.yml`.
struct TemporarySite: Sendable {
    /// One article, `Content/cairo-summit.md`, for the tests that build with the real site engine.
    static let cairoSummit = """
        ---
        title: "قمة القاهرة"
        date: 2026-11-28T09:00:00+02:00
        slug: cairo-summit
        ---

        اجتمع القادة في القاهرة.
        """

    let root: URL

    /// An empty site: folders and a one-line config.
    init() throws {
        root = Self.makeRoot()
        for folder in ["Public", "Content", "Templates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try write("mujaz.yml", "title: موجز\n")
    }

    /// A site as `mujaz init` makes it: the default theme's templates and config.
    init(scaffolded: Void) throws {
        root = Self.makeRoot()
        try SiteScaffold.create(at: root)
    }

    private static func makeRoot() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("mujaz-serve-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
    }

    var publicDirectory: URL { root.appendingPathComponent("Public") }
    var content: URL { root.appendingPathComponent("Content") }
    var templates: URL { root.appendingPathComponent("Templates") }
    var config: URL { root.appendingPathComponent("mujaz.yml") }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
