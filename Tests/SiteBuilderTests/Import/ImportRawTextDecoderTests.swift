import Foundation
import Testing
@testable import SiteBuilder

@Suite struct ImportRawTextDecoderTests {
    static let text = "مصر تستضيف المفاوضات\n\nتستضيف القاهرة اليوم جولة جديدة من المفاوضات بين الوفدين، وقال مسؤول إن الجولة ستستمر.\n"

    static func decode(_ bytes: [UInt8]) -> Result<DecodedRawText, Diagnostic> {
        RawTextDecoder.decode(bytes, path: "Content/a.txt")
    }

    @Test func utf8WithOrWithoutBOMIsNotRecorded() throws {
        #expect(try Self.decode(Array(Self.text.utf8)).get() == DecodedRawText(text: Self.text, encoding: nil))
        #expect(try Self.decode([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)).get() == DecodedRawText(text: Self.text, encoding: nil))
    }

    /// Found by the raw-import fuzz target: a second mark made a title YAML reads back as empty.
    @Test func byteOrderMarksInsideTheTextAreRemoved() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = bom + bom + Array("مصر تستضيف المفاوضات\n\n".utf8) + bom + Array(Self.text.split(separator: "\n")[1].utf8) + [0x0A]
        #expect(try Self.decode(bytes).get() == DecodedRawText(text: Self.text, encoding: nil))
        #expect(try Self.decode(bom + bom).get().text == "")
    }

    @Test func utf16WithEitherByteOrderMark() throws {
        let units = Array(Self.text.replacingOccurrences(of: "\n", with: "\r\n").utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try Self.decode(little).get() == DecodedRawText(text: Self.text, encoding: "UTF-16LE"))
        #expect(try Self.decode(big).get() == DecodedRawText(text: Self.text, encoding: "UTF-16BE"))
        #expect(throws: Diagnostic.self) { try Self.decode(Array(little.dropLast())).get() }
        #expect(throws: Diagnostic.self) { try Self.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).get() }
    }

    /// Bytes of `ال` and of a few letters where the two code pages differ, as the Unicode mapping files give them.
    @Test func codePageTablesAgreeWithTheMappingFiles() {
        #expect(ArabicCodePage.windows1256.decode([0xC7, 0xE1, 0xDD, 0xDE, 0xDF, 0xE3, 0xE4, 0xE5, 0xE6, 0xEC, 0xED, 0xA1, 0xBF, 0x81, 0xFF])
            == "الفقكمنهوىي،؟پے")
        #expect(ArabicCodePage.iso8859_6.decode([0xC7, 0xE4, 0xE1, 0xE2, 0xE3, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xAC, 0xBF, 0xDA, 0xF2])
            == "الفقكمنهوىي،؟غ\u{0652}")
        #expect(ArabicCodePage.iso8859_6.decode([0xC7, 0xDB]) == nil, "0xDB is undefined in ISO-8859-6")
        #expect(ArabicCodePage.windows1256.decode(Array(0...255)).map { $0.unicodeScalars.count } == 256, "every byte is defined in Windows-1256")
    }

    @Test func legacyArabicIsReadInTheCodePageThatReadsAsArabic() throws {
        // The same words in each code page (the fixtures in RawShapes/ hold whole articles).
        let windows: [UInt8] = [0xC7, 0xE1, 0xDE, 0xC7, 0xE5, 0xD1, 0xC9, 0x20, 0xDD, 0xED, 0x20, 0xC7, 0xE1, 0xED, 0xE6, 0xE3]
        let iso: [UInt8] = [0xC7, 0xE4, 0xE2, 0xC7, 0xE7, 0xD1, 0xC9, 0x20, 0xE1, 0xEA, 0x20, 0xC7, 0xE4, 0xEA, 0xE8, 0xE5]
        #expect(try Self.decode(windows).get() == DecodedRawText(text: "القاهرة في اليوم", encoding: "windows-1256"))
        #expect(try Self.decode(iso).get() == DecodedRawText(text: "القاهرة في اليوم", encoding: "iso-8859-6"))
        #expect(ArabicCodePage.windows1256.decode(iso) == "انâاçرة لê انêèه", "ISO-8859-6 bytes read as Windows-1256 are other letters")
    }

    @Test func bytesThatReadAsNeitherKeepTheClearError() {
        // ISO-8859-1, é as 0xE9.
        let latin1: [UInt8] = Array("Le pr".utf8) + [0xE9] + Array("sident a dit\n\nque l'".utf8) + [0xE9, 0x74, 0xE9]
        #expect {
            try Self.decode(latin1).get()
        } throws: { error in
            (error as? Diagnostic)?.description == "Content/a.txt:1: invalid UTF-8, and not Arabic text in Windows-1256 or ISO-8859-6 either; save the file as UTF-8"
        }
        #expect { try Self.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).get() } throws: { error in
            (error as? Diagnostic)?.message.contains("binary") == true
        }
    }

    @Test func arabicReadingCountsFrequentWordsAndTheArticle() {
        let reading = ArabicReading(of: "القاهرة في اليوم جولة")
        #expect(reading.words == 4 && reading.recognizedWords == 3 && reading.readsAsArabic)
        #expect(!ArabicReading(of: "Le président a dit que l'été").readsAsArabic)
    }
}
