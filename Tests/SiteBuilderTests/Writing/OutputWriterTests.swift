import ArabicText
import Foundation
import Testing
@testable import SiteBuilder

@Suite struct OutputWriterTests {
    let first = [
        "index.html": "<h1>موجز</h1>",
        "أشخاص/محمود-عباس/index.html": "<h1>محمود عباس</h1>",
        "أماكن/القاهرة/index.html": "<h1>القاهرة</h1>",
        "feed.xml": "<feed/>",
    ]

    @Test func writesEveryFileAndReportsCounts() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let report = try site.writer.publish(files(first))
        #expect(report == PublishReport(written: 4, unchanged: 0, removed: 0))
        #expect(site.publishedFiles() == first)
    }

    /// A write that fails (here: a folder squats on the temporary names at the top of `Public/`, as a full disk
    /// would fail them) changes no page, not even the ones whose own writes succeeded; fixed, the next publish
    /// writes everything and trusts its manifest again.
    @Test func aFailedWriteLeavesEveryPageAsItWas() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        var second = first
        for path in first.keys { second[path] = first[path]! + "<p>تحديث</p>" }
        second["أماكن/الجيزة/index.html"] = "<h1>الجيزة</h1>"
        let blockers = (0..<second.count).map { site.output.appending(path: OutputPathRules.temporaryPrefix + String($0)) }
        for blocker in blockers {
            try FileManager.default.createDirectory(at: blocker.appending(path: "full"), withIntermediateDirectories: true)
        }
        #expect(throws: BuildFailure.self) { try site.writer.publish(files(second)) }
        for blocker in blockers { try FileManager.default.removeItem(at: blocker) }
        #expect(site.publishedFiles() == first, "no page replaced, none added, no temporary file left")
        #expect(!FileManager.default.fileExists(atPath: site.output.appending(path: "أماكن/الجيزة").path), "no folder left behind")
        #expect(try site.writer.publish(files(second)) == PublishReport(written: 5, unchanged: 0, removed: 0))
        #expect(site.publishedFiles() == second)
        #expect(try site.writer.publish(files(second)) == PublishReport(written: 0, unchanged: 5, removed: 0))
    }

    @Test func leavesUnchangedFilesAlone() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        let before = try site.modificationDate("index.html")
        var second = first
        second["feed.xml"] = "<feed>جديد</feed>"
        let report = try site.writer.publish(files(second))
        #expect(report == PublishReport(written: 1, unchanged: 3, removed: 0))
        #expect(try site.modificationDate("index.html") == before)
        #expect(site.publishedFiles() == second)
        #expect(try site.writer.publish(files(second)) == PublishReport(written: 0, unchanged: 4, removed: 0))
    }

    /// The edited-articles build keeps every entry of the manifest and publishes the edited pages over theirs:
    /// a published file takes the place of its reused entry, and is counted once.
    @Test func aPublishedFileTakesThePlaceOfItsReusedEntry() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        let manifestFile = site.state.appending(path: OutputManifest.fileName).path(percentEncoded: false)
        let manifest = try #require(OutputManifest.load(from: manifestFile, outputFolder: site.writer.outputFolder))
        var second = first
        second["أماكن/القاهرة/index.html"] = "<h1>القاهرة</h1><p>جديد</p>"
        let edited = files(["أماكن/القاهرة/index.html": second["أماكن/القاهرة/index.html"]!])
        let publication = try site.writer.publish(edited, reusing: ReusedOutput(manifest: manifest, entries: manifest.entries))
        #expect(publication.report == PublishReport(written: 1, unchanged: 3, removed: 0))
        #expect(site.publishedFiles() == second)
        let after = try #require(OutputManifest.load(from: manifestFile, outputFolder: site.writer.outputFolder))
        #expect(after.state == .complete)
        #expect(Set(after.entries.keys) == Set(manifest.entries.keys))
        #expect(try site.writer.publish(files(second)) == PublishReport(written: 0, unchanged: 4, removed: 0))
    }

    /// With the manifest file given, a publish that adds no path changes the file in place (same inode) and leaves
    /// it complete, with the published entry and every other one as it was.
    @Test func aPublishOfKnownPathsChangesTheManifestInPlace() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        let manifestFile = site.state.appending(path: OutputManifest.fileName).path(percentEncoded: false)
        let bytes = try #require(FileSystem.contents(manifestFile))
        let manifest = try #require(OutputManifest.parse(bytes, outputFolder: site.writer.outputFolder))
        let inode = FileSystem.status(manifestFile)?.inode
        let edited = files(["أماكن/القاهرة/index.html": "<h1>القاهرة</h1><p>جديد</p>"])
        let publication = try site.writer.publish(edited, reusing: ReusedOutput(manifest: manifest, manifestFile: bytes, entries: manifest.entries))
        #expect(publication.report == PublishReport(written: 1, unchanged: 3, removed: 0))
        #expect(FileSystem.status(manifestFile)?.inode == inode)
        let after = try #require(FileSystem.contents(manifestFile))
        #expect(publication.outputSignature == ContentHash(after))
        let reread = try #require(OutputManifest.parse(after, outputFolder: site.writer.outputFolder))
        #expect(reread.state == .complete)
        let path = ByteKey("أماكن/القاهرة/index.html")
        #expect(reread.entries[path] != manifest.entries[path])
        #expect(reread.entries.filter { $0.key != path } == manifest.entries.filter { $0.key != path })
        #expect(try site.writer.publish(files(first.merging(["أماكن/القاهرة/index.html": "<h1>القاهرة</h1><p>جديد</p>"]) { $1 }))
                == PublishReport(written: 0, unchanged: 4, removed: 0))
    }

    /// The state is one byte at a fixed place, and a patched manifest changes only the bytes it lists: those of
    /// the replaced entries and the state byte.
    @Test func aPatchedManifestChangesOnlyTheBytesItLists() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        let manifestFile = site.state.appending(path: OutputManifest.fileName).path(percentEncoded: false)
        var bytes = try #require(FileSystem.contents(manifestFile))
        let manifest = try #require(OutputManifest.parse(bytes, outputFolder: site.writer.outputFolder))
        bytes[OutputManifest.stateOffset] = 1
        var interrupted = manifest
        interrupted.state = .interrupted
        #expect(OutputManifest.parse(bytes, outputFolder: site.writer.outputFolder) == interrupted)

        let path = try #require(manifest.entries.first { $0.value.renderKey == nil }?.key)
        let entry = OutputManifest.Entry(hash: ContentHash(value: 7), size: 3, modified: 9)
        let patched = try #require(OutputManifest.patched(bytes, outputFolder: site.writer.outputFolder, replacing: [path: entry]))
        var replaced = manifest
        replaced.entries[path] = entry
        #expect(OutputManifest.parse(patched.bytes, outputFolder: site.writer.outputFolder) == replaced)
        var applied = bytes
        for range in patched.changed { applied.replaceSubrange(range, with: patched.bytes[range]) }
        #expect(applied == patched.bytes)
        #expect(patched.changed.contains(OutputManifest.stateOffset..<OutputManifest.stateOffset + 1))

        let keyed = OutputManifest.Entry(hash: ContentHash(value: 7), size: 3, modified: 9, renderKey: ContentHash(value: 11))
        #expect(OutputManifest.patched(bytes, outputFolder: site.writer.outputFolder, replacing: [path: keyed]) == nil)
        #expect(OutputManifest.patched(bytes, outputFolder: site.writer.outputFolder, replacing: [ByteKey("غائب.html"): entry]) == nil)
        #expect(OutputManifest.patched(bytes, outputFolder: "/elsewhere", replacing: [path: entry]) == nil)
    }

    @Test func removesPagesNoLongerProducedAndTheirEmptyFolders() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        try site.write("يدوي", to: "أماكن/ملاحظة.txt")  // not the writer's: must survive, and so its folder
        var second = first
        second["أشخاص/محمود-عباس/index.html"] = nil
        second["أماكن/القاهرة/index.html"] = nil
        let report = try site.writer.publish(files(second))
        #expect(report == PublishReport(written: 0, unchanged: 2, removed: 2))
        #expect(!site.exists("أشخاص"))
        #expect(!site.exists("أماكن/القاهرة"))
        #expect(site.exists("أماكن/ملاحظة.txt"))
    }

    @Test(arguments: ["../outside.html", "a/../../outside.html", "/tmp/outside.html", "a//b.html", "..\\outside.html", "a/\u{0}.html"])
    func anInvalidPathWritesNothing(_ badPath: String) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        let manifest = try Data(contentsOf: site.state.appending(path: OutputManifest.fileName))
        var second = files(["index.html": "<h1>تغيير</h1>", "جديد.html": "new"])
        second.append(OutputFile(path: badPath, text: "escape"))
        #expect(throws: BuildFailure.self) { try site.writer.publish(second) }
        #expect(site.publishedFiles() == first)
        #expect(try Data(contentsOf: site.state.appending(path: OutputManifest.fileName)) == manifest)
        #expect(!FileManager.default.fileExists(atPath: site.root.appending(path: "outside.html").path(percentEncoded: false)))
    }

    @Test func namesEveryBadPathInOneFailure() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let failure = try #require(throws: BuildFailure.self) {
            try site.writer.publish(files(["../a.html": "x", "./b.html": "y", "ok.html": "z"]))
        }
        #expect(failure.diagnostics.map(\.path) == ["Public/../a.html", "Public/./b.html"])
        #expect(!site.exists("ok.html"))
    }

    @Test func refusesDuplicatesAndFileFolderClashes() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let duplicate = [OutputFile(path: "a.html", text: "1"), OutputFile(path: "a.html", text: "2")]
        #expect(throws: BuildFailure.self) { try site.writer.publish(duplicate) }
        #expect(throws: BuildFailure.self) { try site.writer.publish(files(["a": "file", "a/b.html": "inside"])) }
        #expect(!site.exists(""))
    }

    @Test func neverWritesThroughASymbolicLinkInsideTheOutput() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let outside = site.root.appending(path: "outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.output.appending(path: "أخبار"), withDestinationURL: outside)
        #expect(throws: BuildFailure.self) {
            try site.writer.publish(files(["index.html": "x", "أخبار/خبر/index.html": "escape"]))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path(percentEncoded: false)).isEmpty)
        #expect(!site.exists("index.html"))
    }

    @Test func replacesASymbolicLinkedPageInsteadOfWritingItsTarget() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let target = site.root.appending(path: "target.html")
        try Data("keep".utf8).write(to: target)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.output.appending(path: "index.html"), withDestinationURL: target)
        _ = try site.writer.publish(files(["index.html": "page"]))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        #expect(site.publishedFiles() == ["index.html": "page"])
    }

    @Test func noticesPagesDeletedOrEditedByHand() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        try FileManager.default.removeItem(at: site.output.appending(path: "أشخاص"))
        try site.write("<h1>عدّلها أحد</h1>", to: "index.html")
        let report = try site.writer.publish(files(first))
        #expect(report == PublishReport(written: 2, unchanged: 2, removed: 0))
        #expect(site.publishedFiles() == first)
    }

    @Test func withoutAManifestComparesTheBytesOnDisk() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        try FileManager.default.removeItem(at: site.state)
        var second = first
        second["index.html"] = "<h1>جديد</h1>"
        #expect(try site.writer.publish(files(second)) == PublishReport(written: 1, unchanged: 3, removed: 0))
        #expect(site.publishedFiles() == second)
    }

    @Test func repairsTheMixLeftByAKilledBuild() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        // What a kill half-way through a build of `second` leaves: the manifest marked interrupted and listing
        // every path it meant to touch, one page already new, the others old, a temporary file, a stale page.
        var second = first
        second["index.html"] = "<h1>الجديد</h1>"
        second["feed.xml"] = "<feed>الجديد</feed>"
        second["أماكن/القاهرة/index.html"] = nil
        second["مواضيع/اقتصاد/index.html"] = "<h1>اقتصاد</h1>"
        let manifestFile = site.state.appending(path: OutputManifest.fileName).path(percentEncoded: false)
        var interrupted = try #require(OutputManifest.load(from: manifestFile, outputFolder: site.writer.outputFolder))
        interrupted.state = .interrupted
        interrupted.entries[ByteKey("مواضيع/اقتصاد/index.html")] = OutputManifest.Entry(hash: ContentHash(value: 0), size: -1, modified: 0)
        try interrupted.save(to: manifestFile)
        try site.write("<h1>الجديد</h1>", to: "index.html")
        try site.write("<feed>نصف", to: "\(OutputPathRules.temporaryPrefix)7")
        try site.write("<h1>اق", to: "مواضيع/اقتصاد/\(OutputPathRules.temporaryPrefix)9")

        let report = try site.writer.publish(files(second))
        #expect(report == PublishReport(written: 2, unchanged: 2, removed: 1))
        #expect(site.publishedFiles() == second)
        #expect(try site.writer.publish(files(second)) == PublishReport(written: 0, unchanged: 4, removed: 0))
    }

    @Test func replacesAnOldPageThatStandsWhereAFolderIsNowNeeded() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(["أخبار": "old page"]))
        let report = try site.writer.publish(files(["أخبار/index.html": "new page"]))
        #expect(report == PublishReport(written: 1, unchanged: 0, removed: 1))
        #expect(site.publishedFiles() == ["أخبار/index.html": "new page"])
    }

    @Test func keepsItsManifestOutOfTheOutputFolder() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.writer.publish(files(first))
        #expect(Set(site.publishedFiles().keys) == Set(first.keys))
        #expect(FileManager.default.fileExists(atPath: site.state.appending(path: OutputManifest.fileName).path(percentEncoded: false)))
    }

    @Test func writesManyFilesInParallelExactly() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let many = Dictionary(uniqueKeysWithValues: (0..<600).map { ("مقالات/\($0 % 37)/\($0).html", String(repeating: "نص \($0) ", count: $0)) })
        #expect(try site.writer.publish(files(many)) == PublishReport(written: 600, unchanged: 0, removed: 0))
        #expect(site.publishedFiles() == many)
    }
}
