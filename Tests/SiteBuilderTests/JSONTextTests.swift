import Foundation
import Testing
@testable import SiteBuilder

@Suite struct JSONTextTests {
    @Test(arguments: ["غزة", "plain", "", "قال \"نعم\"", "a\\b", "سطر\nسطر\tو\r", "<script>", "\u{2028}\u{2029}\u{01}", "€ و ✓"])
    func stringsReadBackAsWritten(text: String) throws {
        let json = JSONText.string(text)
        #expect(!json.contains("<"))
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test func objectsKeepTheirKeyOrder() {
        #expect(JSONText.object([("b", "1"), ("a", JSONText.array(["2", JSONText.string("x")]))]) == #"{"b":1,"a":[2,"x"]}"#)
    }
}
