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
