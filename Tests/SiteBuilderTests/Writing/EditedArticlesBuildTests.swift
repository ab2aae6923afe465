import Foundation
import Testing
@testable import SiteBuilder

/// The build after edits to what only an article's own page shows (`SiteBuild.rebuildEditedArticles`): it renders
/// just those pages from the site outline, and ends with exactly the files a clean build of the edited site has.
/// Every other kind of change takes the full build.
@Suite struct EditedArticlesBuildTests {
    /// Two articles share a place, so each page lists the other as related.
    static let articles = CachedBuildTests.articles.merging([
        "Content/لقاء.md": "---\ntitle: لقاء في القاهرة\ndate: 2025-10-05\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nعقد اللقاء أمس.\n",
    ]) { first, _ in first }
    static let summit = "---\ntitle: قمة في القاهرة\ndate: 2025-10-06\npeople: [محمود عباس]\nplaces: [القاهرة]\n---\nبدأت القمة اليوم.\n"

    final class StepLog: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        func add(_ name: String) { lock.withLock { names.append(name) } }
        var steps: [String] { lock.withLock { names } }
    }

    func makeSite(_ changes: [String: String] = [:]) throws -> TemporarySite {
        try TemporarySite(inputs: Self.articles.merging(changes) { _, new in new })
    }

    /// Builds and tells whether the build took the edited-articles route.
    func build(_ site: TemporarySite) throws -> (summary: BuildSummary, editedOnly: Bool) {
        let log = StepLog()
        let summary = try SiteBuild.run(BuildOptions(root: site.root)) { event in
            if case .started(_, _, let step) = event { log.add(step) }
        }
        // The edited-articles step finished the build when no step of the full build started after it.
        return (summary, log.steps.last == "rebuildEditedArticles")
    }

    func expectSameAsCleanBuild(_ site: TemporarySite, changes: [String: String]) throws {
        let clean = try makeSite(changes)
        defer { clean.remove() }
        _ = try build(clean)
        #expect(site.publishedFiles() == clean.publishedFiles())
        #expect(!site.publishedFiles().isEmpty)
    }

    struct Edit: Sendable, CustomTestStringConvertible {
        let id: String
        let text: String
        /// Whether nothing but the article's own page changes.
        let ownPageOnly: Bool
        var testDescription: String { id }
    }

    static let edits: [Edit] = [
        Edit(id: "a paragraph added after the lead", text: summit + "\nوتستمر القمة يومين.\n", ownPageOnly: true),
        Edit(id: "tags and an unknown key", text: summit.replacingOccurrences(of: "---\nبدأت", with: "tags: [سياسة]\nsource: وكالة\n---\nبدأت"),
             ownPageOnly: true),
        Edit(id: "the lead sentence, which is the summary", text: summit.replacingOccurrences(of: "بدأت القمة اليوم.", with: "انطلقت القمة اليوم."),
             ownPageOnly: false),
        Edit(id: "a summary in front matter", text: summit.replacingOccurrences(of: "---\nبدأت", with: "summary: ملخص\n---\nبدأت"),
             ownPageOnly: false),
        Edit(id: "a slug", text: summit.replacingOccurrences(of: "---\nبدأت", with: "slug: summit\n---\nبدأت"), ownPageOnly: false),
        Edit(id: "the time of day", text: summit.replacingOccurrences(of: "2025-10-06", with: "2025-10-06T09:00:00Z"), ownPageOnly: false),
        Edit(id: "a person added", text: summit.replacingOccurrences(of: "[محمود عباس]", with: "[محمود عباس, خليل الحية]"), ownPageOnly: false),
        Edit(id: "made a draft", text: summit.replacingOccurrences(of: "---\nبدأت", with: "draft: true\n---\nبدأت"), ownPageOnly: false),
    ]

    @Test(arguments: edits) func anEditTakesTheRightRouteAndEqualsACleanBuild(_ edit: Edit) throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        try site.writeInput(edit.text, to: "Content/قمة.md")
        let rebuilt = try build(site)
        #expect(rebuilt.editedOnly == edit.ownPageOnly)
        if edit.ownPageOnly {
            #expect(rebuilt.summary.pagesRendered == 1 && rebuilt.summary.pagesWritten == 1)
            #expect(rebuilt.summary.articles == 4)
        }
        try expectSameAsCleanBuild(site, changes: ["Content/قمة.md": edit.text])
        // The next build has nothing to do, so the route recorded its build correctly.
        #expect(try build(site).summary.pagesRendered == 0)
    }

    @Test func twoArticlesEditedRenderTwoPages() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let meeting = try #require(Self.articles["Content/لقاء.md"]) + "\nوانتهى مساءً.\n"
        let changes = ["Content/قمة.md": Self.summit + "\nوتستمر القمة يومين.\n", "Content/لقاء.md": meeting]
        for (path, text) in changes { try site.writeInput(text, to: path) }
        let rebuilt = try build(site)
        #expect(rebuilt.editedOnly && rebuilt.summary.pagesRendered == 2)
        try expectSameAsCleanBuild(site, changes: changes)
    }

    @Test func editsOneAfterAnotherStayEqualToACleanBuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        var text = Self.summit
        for paragraph in ["أولًا.", "ثانيًا.", "ثالثًا."] {
            text += "\n\(paragraph)\n"
            try site.writeInput(text, to: "Content/قمة.md")
            #expect(try build(site).editedOnly)
        }
        try expectSameAsCleanBuild(site, changes: ["Content/قمة.md": text])
    }

    @Test func brokenFrontMatterIsReportedByTheFullBuildAndChangesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let before = site.publishedFiles()
        try site.writeInput("---\ntitle: [قمة\ndate: 2025-10-06\n---\nنص.\n", to: "Content/قمة.md")
        #expect {
            try build(site)
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.contains { $0.path == "Content/قمة.md" && $0.line != nil } == true
        }
        #expect(site.publishedFiles() == before)
    }

    @Test func aPageDeletedByHandMakesTheFullBuildRunAndRestoreIt() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        try FileManager.default.removeItem(at: site.output.appending(path: "index.html"))
        let text = Self.summit + "\nوتستمر القمة يومين.\n"
        try site.writeInput(text, to: "Content/قمة.md")
        #expect(try build(site).editedOnly == false)
        try expectSameAsCleanBuild(site, changes: ["Content/قمة.md": text])
    }

    @Test(arguments: ["missing", "damaged"]) func withoutItsOutlineTheFullBuildRuns(_ damage: String) throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let outline = site.state.appending(path: SiteOutline.fileName)
        if damage == "missing" {
            try FileManager.default.removeItem(at: outline)
        } else {
            var bytes = try [UInt8](Data(contentsOf: outline))
            bytes[bytes.count / 2] ^= 0xFF
            try Data(bytes).write(to: outline)
        }
        let text = Self.summit + "\nوتستمر القمة يومين.\n"
        try site.writeInput(text, to: "Content/قمة.md")
        #expect(try build(site).editedOnly == false)
        try expectSameAsCleanBuild(site, changes: ["Content/قمة.md": text])
    }
}
