import Foundation
import Testing
@testable import SiteBuilder

/// The fold of search terms, from the vectors the theme's script is checked against too.
@Suite struct SearchTermsTests {
    struct Vector: Decodable, CustomTestStringConvertible {
        var id: String
        var input: String
        var terms: [[String]]
        var testDescription: String { id }
    }

    static let vectorsFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fold-vectors.json")

    static func vectors() throws -> [Vector] {
        try JSONDecoder().decode([Vector].self, from: Data(contentsOf: vectorsFile))
    }

    @Test(arguments: try vectors()) func foldsLikeTheVector(_ vector: Vector) {
        #expect(SearchTerms.fold(vector.input) == vector.terms)
    }

    /// The same vectors through `Templates/search.js` under Node, when Node is installed.
    @Test func themeScriptFoldsTheVectorsAlike() throws {
        let checker = NodeScript.repoRoot.appendingPathComponent("scripts/check_search_fold.js").path
        guard let run = try NodeScript.run([checker, Self.vectorsFile.path, NodeScript.themeScript.path]) else { return }
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func wordsAreRunsOfLettersMarksAndDigits() {
        #expect(SearchTerms.words(in: "قال: «مرحباً» 2026-م").map(String.init) == ["قال", "مرحباً", "2026", "م"])
    }
}

/// The index reads words off the bytes (`HashedWords`); they must be the words the fold and the script find.
@Suite struct HashedWordsTests {
    @Test(arguments: [
        "قالَ الرئيسُ: «غزة» — بيروت، 2024م!",
        "Joseph-Marie Jacquard (1752) و AT&T.",
        "ـالعربيـة ٢٠٢٤ ۱۴۰۳ ﻻ e\u{301}te\u{301} 🙂x",
        "",
        "  ",
    ])
    func splitsLikeTheFold(_ text: String) {
        var words: [String] = []
        var hashes: [UInt64] = []
        HashedWords.forEach(in: text) { hash, bytes in
            let utf8 = Array(text.utf8)
            words.append(String(decoding: utf8[bytes], as: UTF8.self))
            hashes.append(hash)
        }
        #expect(words == SearchTerms.words(in: text).map(String.init))
        #expect(hashes == words.map(HashedWords.hash))
    }
}
