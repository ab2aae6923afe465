#if os(Linux)
@testable import DevServer
import Foundation
import Testing

@Suite("inotify reports changes under the site's sources")
struct InotifyWatcherTests {
    /// Starts a watcher on Content/, Templates/ and mujaz.yml, runs `change`, and returns the next burst
    /// that contains `expected` (or fails after a few seconds).
    private func burst(after change: @Sendable (TemporarySite) throws -> Void,
                       containing expected: (TemporarySite) -> String,
                       prepare: @Sendable (TemporarySite) throws -> Void = { _ in }) async throws -> Set<String> {
        let site = try TemporarySite()
        defer { site.remove() }
        try prepare(site)
        let watcher = InotifyWatcher(folders: [site.content, site.templates], files: [site.config])
        let changes = try watcher.changes()
        let seen = SeenPaths()
        // Cancelling the iterating task is what stops the watcher thread.
        let iterating = Task {
            for await burst in changes { await seen.add(burst) }
        }
        defer { iterating.cancel() }
        try change(site)
        let wanted = expected(site)
        try await withTimeLimit("a burst with \(wanted)") {
            while !(await seen.paths.contains(wanted)) {
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        return await seen.paths
    }

    private actor SeenPaths {
        private(set) var paths = Set<String>()
        func add(_ burst: Set<String>) { paths.formUnion(burst) }
    }

    @Test("a saved article")
    func savedFile() async throws {
        let seen = try await burst(after: { try $0.write("Content/خبر.md", "# خبر") },
                                   containing: { $0.path("Content/خبر.md") })
        #expect(seen.allSatisfy { $0.hasSuffix(".md") || !ChangeFilter.isRelevant($0) })
    }

    @Test("an editor's save by temporary file and rename")
    func renameSave() async throws {
        let seen = try await burst(after: { site in
            try Data("# خبر معدل".utf8).write(to: URL(fileURLWithPath: site.path("Content/.خبر.md.tmp")))
            try FileManager.default.moveItem(atPath: site.path("Content/.خبر.md.tmp"), toPath: site.path("Content/خبر.md"))
        }, containing: { $0.path("Content/خبر.md") })
        #expect(ChangeFilter.relevant(seen).allSatisfy { $0.hasSuffix("/خبر.md") })
    }

    @Test("a file in a folder that existed at start")
    func nestedFolder() async throws {
        _ = try await burst(after: { try $0.write("Content/2026/11/خبر.txt", "خبر") },
                            containing: { $0.path("Content/2026/11/خبر.txt") },
                            prepare: { try FileManager.default.createDirectory(atPath: $0.path("Content/2026/11"), withIntermediateDirectories: true) })
    }

    @Test("a file in a folder created while watching")
    func newFolder() async throws {
        _ = try await burst(after: { try $0.write("Content/جديد/عميق/خبر.md", "خبر") },
                            containing: { $0.path("Content/جديد/عميق/خبر.md") })
    }

    @Test("the site config, and only it, at the site root")
    func configFile() async throws {
        let seen = try await burst(after: { site in
            try site.write("notes.txt", "not watched")
            try site.write("mujaz.yml", "title: موجز اليوم\n")
        }, containing: { $0.path("mujaz.yml") })
        #expect(!seen.contains { $0.hasSuffix("notes.txt") })
    }

    @Test("a source folder created after start (the site began on the built-in theme)")
    func folderCreatedLater() async throws {
        _ = try await burst(after: { try $0.write("Templates/partials/header.mustache", "<header></header>") },
                            containing: { $0.path("Templates/partials/header.mustache") },
                            prepare: { try FileManager.default.removeItem(at: $0.templates) })
    }

    @Test("a deleted template")
    func deletedFile() async throws {
        _ = try await burst(after: { try FileManager.default.removeItem(atPath: $0.path("Templates/page.html")) },
                            containing: { $0.path("Templates/page.html") },
                            prepare: { try $0.write("Templates/page.html", "<html></html>") })
    }
}
#endif
