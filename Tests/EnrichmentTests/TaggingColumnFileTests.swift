import Testing
@testable import Enrichment

@Suite struct TaggingColumnFileTests {
    private func rows(_ text: String) throws -> [ColumnFile.Row] {
        try ColumnFile(bytes: Array(text.utf8), path: "in.txt").rows
    }

    @Test func tokensLabelsAndBreaks() throws {
        #expect(try rows("قال\tO\nبوش\tB-PERS\n\nفي\n") == [
            .token("قال", label: "O"), .token("بوش", label: "B-PERS"), .sentenceBreak, .token("في", label: nil),
        ])
    }

    @Test func onlyTheFirstColumnIsTheTokenAndTheLastTheLabel() throws {
        #expect(try rows("غزة\tNNP\tB-LOC\r\n") == [.token("غزة", label: "B-LOC")])
    }

    @Test func aLineOfSpacesIsASentenceBreak() throws {
        #expect(try rows("مصر\n   \nغزة") == [.token("مصر", label: nil), .sentenceBreak, .token("غزة", label: nil)])
    }

    @Test func emptyInputHasNoRows() throws {
        #expect(try rows("").isEmpty)
        #expect(try ColumnFile(bytes: [0xEF, 0xBB, 0xBF], path: "bom.txt").rows.isEmpty)
    }

    @Test func sentencesSkipRepeatedBreaks() throws {
        let file = try ColumnFile(bytes: Array("\n\nأ\nب\n\n\nج\n".utf8), path: "in.txt")
        #expect(file.sentences == [["أ", "ب"], ["ج"]])
    }

    @Test func invalidUTF8NamesFileAndLine() {
        let bytes: [UInt8] = Array("مصر\n".utf8) + [0xD8, 0x0A]
        #expect {
            try ColumnFile(bytes: bytes, path: "bad.txt")
        } throws: { error in
            "\(error)" == "bad.txt:2: not valid UTF-8 text"
        }
    }

    @Test(arguments: [
        (id: "label", line: Array("غزة\t".utf8) + [0xD8]),
        (id: "middle column", line: Array("غزة\t".utf8) + [0xFF] + Array("\tB-LOC".utf8)),
    ])
    func invalidUTF8InAnyColumnNamesTheLine(row: (id: String, line: [UInt8])) {
        #expect("\(row.id)") {
            try ColumnFile(bytes: Array("مصر\tO\n".utf8) + row.line + [0x0A], path: "bad.txt")
        } throws: { error in
            "\(error)" == "bad.txt:2: not valid UTF-8 text"
        }
    }

    @Test func anExtremelyLongLineIsOneToken() throws {
        let long = String(repeating: "ب", count: 200_000)
        #expect(try rows(long + "\n") == [.token(long, label: nil)])
    }
}
