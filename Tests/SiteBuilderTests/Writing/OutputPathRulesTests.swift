import Testing
@testable import SiteBuilder

@Suite struct OutputPathRulesTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let path: String
        var testDescription: String { id }
    }

    static let accepted: [Row] = [
        Row(id: "plain", path: "index.html"),
        Row(id: "arabic folder", path: "أشخاص/محمود-عباس/index.html"),
        Row(id: "dot inside a name", path: "feeds/atom.xml"),
        Row(id: "hidden-looking name", path: ".well-known/security.txt"),
        Row(id: "spaces", path: "a b/c d.html"),
        Row(id: "three dots inside a name", path: "a...b/index.html"),
    ]

    static let rejected: [Row] = [
        Row(id: "empty", path: ""),
        Row(id: "parent", path: "../escape.html"),
        Row(id: "parent in the middle", path: "a/../../escape.html"),
        Row(id: "current folder", path: "./index.html"),
        Row(id: "dot-only", path: "a/.../index.html"),
        Row(id: "absolute", path: "/etc/passwd"),
        Row(id: "empty segment", path: "a//b.html"),
        Row(id: "trailing slash", path: "a/"),
        Row(id: "NUL", path: "a\u{0}b.html"),
        Row(id: "newline", path: "a\nb.html"),
        Row(id: "backslash parent", path: "..\\escape.html"),
        Row(id: "backslash", path: "a\\b.html"),
        Row(id: "segment too long", path: String(repeating: "ب", count: 130) + ".html"),
        Row(id: "writer's temporary name", path: "a/.mujaz-tmp-3"),
        Row(id: "arabic parent", path: "أخبار/../../x.html"),
    ]

    @Test(arguments: accepted) func accepts(_ row: Row) {
        #expect(OutputPathRules.problem(with: row.path) == nil)
    }

    @Test(arguments: rejected) func rejects(_ row: Row) {
        #expect(OutputPathRules.problem(with: row.path) != nil)
    }

    @Test func listsFoldersOutermostFirst() {
        #expect(OutputPathRules.folders(of: "أ/ب/ج.html") == ["أ", "أ/ب"])
        #expect(OutputPathRules.folders(of: "index.html").isEmpty)
    }

    @Test func spellsOutControlCharacters() {
        #expect(OutputPathRules.printable("a\u{0}b\nc") == "a\\u{0}b\\u{a}c")
    }
}
