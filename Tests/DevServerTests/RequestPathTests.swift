@testable import DevServer
import Testing

@Suite("Request paths are decoded segment by segment")
struct RequestPathTests {
    @Test("accepted paths", arguments: [
        (id: "root", raw: "/", segments: [String](), folder: true),
        (id: "file", raw: "/style.css", segments: ["style.css"], folder: false),
        (id: "folder", raw: "/entities/", segments: ["entities"], folder: true),
        (id: "arabic", raw: "/%D9%85%D9%88%D8%AC%D8%B2/", segments: ["موجز"], folder: true),
        (id: "raw arabic", raw: "/موجز/خبر.html", segments: ["موجز", "خبر.html"], folder: false),
        (id: "space", raw: "/a%20b.html", segments: ["a b.html"], folder: false),
        (id: "dots inside a name", raw: "/v1..2/", segments: ["v1..2"], folder: true),
        (id: "hidden file", raw: "/.well-known/x", segments: [".well-known", "x"], folder: false),
    ])
    func accepted(row: (id: String, raw: String, segments: [String], folder: Bool)) throws {
        let path = try RequestPath(percentEncoded: row.raw)
        #expect(path.segments == row.segments, "\(row.id)")
        #expect(path.namesFolder == row.folder, "\(row.id)")
    }

    @Test("refused paths", arguments: [
        (id: "dot dot", raw: "/../x", refusal: RequestPath.Refusal.dotSegment),
        (id: "trailing dot dot", raw: "/a/..", refusal: .dotSegment),
        (id: "encoded dot dot", raw: "/%2e%2e/x", refusal: .dotSegment),
        (id: "mixed dot dot", raw: "/%2E./x", refusal: .dotSegment),
        (id: "dot", raw: "/./x", refusal: .dotSegment),
        (id: "encoded slash", raw: "/a%2Fb", refusal: .forbiddenCharacter),
        (id: "encoded backslash", raw: "/a%5Cb", refusal: .forbiddenCharacter),
        (id: "backslash", raw: "/..\\x", refusal: .forbiddenCharacter),
        (id: "NUL", raw: "/a%00b", refusal: .forbiddenCharacter),
        (id: "double slash", raw: "//etc/passwd", refusal: .emptySegment),
        (id: "inner double slash", raw: "/a//b", refusal: .emptySegment),
        (id: "relative", raw: "etc/passwd", refusal: .notAbsolute),
        (id: "absolute form", raw: "http://h/x", refusal: .notAbsolute),
        (id: "broken escape", raw: "/%E0%A4%A", refusal: .undecodable),
    ])
    func refused(row: (id: String, raw: String, refusal: RequestPath.Refusal)) {
        #expect(throws: row.refusal, "\(row.id)") { try RequestPath(percentEncoded: row.raw) }
    }
}
