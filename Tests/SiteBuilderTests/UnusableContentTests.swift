import Foundation
import Testing
@testable import SiteBuilder

/// A `Content/` the build cannot use is an error that changes nothing, never an empty site published over the
/// last one (issue: a missing `Content/` deleted every article page with exit 0).
@Suite struct UnusableContentTests {
    private static let breakings: [(name: String, message: String, breakContent: @Sendable (URL) throws -> Void)] = [
        ("missing", "Content/: the content folder is missing (create it, or run mujaz init)", { content in
            try FileManager.default.removeItem(at: content)
        }),
        ("a file", "Content/: not a folder", { content in
            try FileManager.default.removeItem(at: content)
            try Data("نص".utf8).write(to: content)
        }),
        ("a link to nothing", "Content/: a link to nothing", { content in
            try FileManager.default.moveItem(at: content, to: content.deletingLastPathComponent().appendingPathComponent("Moved"))
            try FileManager.default.createSymbolicLink(atPath: content.path, withDestinationPath: "Gone")
        }),
        ("a link loop", "Content/: a link that loops back on itself", { content in
            try FileManager.default.removeItem(at: content)
            try FileManager.default.createSymbolicLink(atPath: content.path, withDestinationPath: "Content")
        }),
    ]

    @Test(arguments: breakings.indices)
    func anUnusableContentFolderFailsAndLeavesPublicAsItWas(_ index: Int) throws {
        let breaking = Self.breakings[index]
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let before = try site.publishedFiles()
        try breaking.breakContent(site.root.appendingPathComponent("Content"))
        #expect {
            try SiteBuild.run(BuildOptions(root: site.root))
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.map(\.description) == [breaking.message]
        }
        #expect(try site.publishedFiles() == before, "\(breaking.name)")
    }

    @Test func aSiteIsNotEmptiedUnlessAskedTo() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let first = try SiteBuild.run(BuildOptions(root: site.root))
        let before = try site.publishedFiles()
        let content = site.root.appendingPathComponent("Content")
        for name in try FileManager.default.contentsOfDirectory(atPath: content.path) {
            try FileManager.default.removeItem(at: content.appendingPathComponent(name))
        }
        #expect {
            try SiteBuild.run(BuildOptions(root: site.root))
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.map(\.description) == [
                "Content/: no article to publish, where the last build published \(first.articles); nothing was written (pass --allow-empty to publish an empty site)",
            ]
        }
        #expect(try site.publishedFiles() == before)
        let emptied = try SiteBuild.run(BuildOptions(root: site.root, allowEmpty: true))
        #expect(emptied.articles == 0)
        #expect(try site.publishedFiles()["index.html"] != nil)
    }

    /// Inputs the build reads but cannot are errors naming them, all in one run; the output stays as it was.
    @Test func unreadableInputsAreErrorsNotSilentlyLeftOut() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root))
        let before = try site.publishedFiles()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: site.root.appendingPathComponent("Content/gone.md").path, withDestinationPath: "nowhere.md")
        #expect(mkfifo(site.root.appendingPathComponent("Content/pipe.md").path, 0o644) == 0)
        try manager.createDirectory(at: site.root.appendingPathComponent("Content/entities.yml"), withIntermediateDirectories: true)
        try manager.createDirectory(at: site.root.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: site.root.appendingPathComponent("Templates/article.mustache").path,
                                       withDestinationPath: "missing.mustache")
        #expect {
            try SiteBuild.run(BuildOptions(root: site.root))
        } throws: { error in
            let lines = (error as? BuildFailure)?.diagnostics.map(\.description) ?? []
            return lines.contains("Content/gone.md: a link to nothing") && lines.contains("Content/pipe.md: not a regular file")
                && lines.contains("Content/entities.yml: not a regular file")
                && lines.contains("Templates/article.mustache: a link to nothing")
        }
        #expect(try site.publishedFiles() == before)
    }

    @Test func aConfigThatIsNotAFileIsAnError() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let config = site.root.appendingPathComponent("mujaz.yml")
        try FileManager.default.removeItem(at: config)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        #expect {
            try SiteBuild.run(BuildOptions(root: site.root))
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.map(\.description).contains("mujaz.yml: not a regular file") == true
        }
    }

    /// A linked article is an article, wherever its file lives.
    @Test func aSymlinkedArticleIsBuilt() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let elsewhere = site.root.appendingPathComponent("Archive", isDirectory: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("---\ntitle: خبر من الأرشيف\ndate: 2024-10-06\n---\nنص الخبر.\n".utf8)
            .write(to: elsewhere.appendingPathComponent("old.md"))
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Content/old.md").path,
                                                   withDestinationPath: "../Archive/old.md")
        let summary = try SiteBuild.run(BuildOptions(root: site.root))
        #expect(try site.page("index.html").contains("خبر من الأرشيف"))
        #expect(summary.articles == 4)
    }
}
