import Foundation
import Testing
@testable import Enrichment

@Suite struct TaggingEntityTaggerTests {
    private static let validTags = Set(EntityTagSet.iob2Names)

    @Test func bundledModelLoadsWithTheCurrentVersion() throws {
        let tagger = try EntityTagger.bundled()
        #expect(tagger.model.version == EntityTagger.modelVersion)
    }

    @Test func tagsPeopleAndPlacesInANewsSentence() throws {
        let tagger = try EntityTagger.bundled()
        let tokens = ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "إسرائيل", "ستنسحب"]
        let tags = tagger.tag(tokens)
        #expect(tags.count == tokens.count)
        #expect(tags[3] == "B-PERS")
        #expect(tags[4] == "I-PERS")
        #expect(tags[6] == "B-LOC")
        #expect(tags[8] == "B-LOC")
        #expect(tags[0] == "O")
    }

    @Test func oddTokensGetATagEach() throws {
        let tagger = try EntityTagger.bundled()
        let tokens = ["", "   ", String(repeating: "ك", count: 100_000), "١٬٠٠٠", "«", "Reuters", "\u{200F}"]
        let tags = tagger.tag(tokens)
        #expect(tags.count == tokens.count)
        #expect(tags.allSatisfy(Self.validTags.contains))
        #expect(tagger.tag([]).isEmpty)
    }

    @Test func documentTaggingKeepsSentenceShapes() throws {
        let tagger = try EntityTagger.bundled()
        let sentences = [["حزب", "الليكود", "يفوز"], [], ["وقال", "الليكود"]]
        #expect(tagger.tagDocument(sentences).map(\.count) == [3, 0, 2])
        #expect(tagger.tagDocument([[String]]()).isEmpty)
    }

    @Test func modelFileRoundTrips() throws {
        let model = try EntityTagger.bundled().model
        let reloaded = try TaggerModel(serialized: model.serialized(), path: "copy.bin")
        let tokens = ["التقى", "كوفي", "أنان", "في", "نيويورك"]
        #expect(reloaded.tagDocument([tokens]) == model.tagDocument([tokens]))
    }

    @Test(arguments: [
        (id: "empty", bytes: [UInt8]()),
        (id: "wrong magic", bytes: Array("not a model at all".utf8)),
    ])
    func brokenModelFilesAreReportedNotFatal(row: (id: String, bytes: [UInt8])) {
        #expect(throws: TaggerModelError.self, "\(row.id)") {
            try TaggerModel(serialized: row.bytes, path: "broken.bin")
        }
    }

    @Test func truncatedModelNamesTheFile() throws {
        let bytes = try EntityTagger.bundled().model.serialized()
        #expect {
            try TaggerModel(serialized: Array(bytes.prefix(bytes.count / 2)), path: "half.bin")
        } throws: { error in
            "\(error)".hasPrefix("half.bin: not a valid entity tagger model")
        }
    }

    @Test func missingModelFileIsAnError() {
        #expect(throws: TaggerModelError.self) {
            try EntityTagger(contentsOf: "/nonexistent/\(EntityTagger.modelFileName)")
        }
    }
}
