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

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repoRoot = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let vectorsFile = folder.appendingPathComponent("fold-vectors.json")

    static func vectors() throws -> [Vector] {
        try JSONDecoder().decode([Vector].self, from: Data(contentsOf: vectorsFile))
    }

    @Test(arguments: try vectors()) func foldsLikeTheVector(_ vector: Vector) {
        #expect(SearchTerms.fold(vector.input) == vector.terms)
    }

    /// The same vectors through `Templates/search.js` under Node, when Node is installed.
    @Test func themeScriptFoldsTheVectorsAlike() throws {
        guard let node = ["/usr/bin/node", "/usr/local/bin/node"].first(where: FileManager.default.isExecutableFile) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [Self.repoRoot.appendingPathComponent("scripts/check_search_fold.js").path, Self.vectorsFile.path,
                             Self.repoRoot.appendingPathComponent("Templates/search.js").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test func wordsAreRunsOfLettersMarksAndDigits() {
        #expect(SearchTerms.words(in: "قال: «مرحباً» 2026-م").map(String.init) == ["قال", "مرحباً", "2026", "م"])
    }
}
