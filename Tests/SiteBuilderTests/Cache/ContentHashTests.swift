import Testing
@testable import SiteBuilder

@Suite struct ContentHashTests {
    @Test func matchesTheXXH64ReferenceValues() {
        #expect(ContentHash([]).description == "ef46db3751d8e999")
        #expect(ContentHash("a").description == "d24ec4f1a98c6e5b")
        #expect(ContentHash("abc").description == "44bc2cf5ad770999")
    }

    @Test func coversEveryTailLength() {
        // Lengths around the 32-byte stripe and the 8/4/1-byte tails must all differ from their neighbours.
        let text = Array("موجز الأخبار: تحليل الكيانات والملخصات".utf8)
        let hashes = (0...text.count).map { ContentHash(Array(text.prefix($0))) }
        #expect(Set(hashes).count == hashes.count)
        #expect(ContentHash(text) == ContentHash(String(decoding: text, as: UTF8.self)))
    }

    @Test func roundTripsThroughHex() {
        let hash = ContentHash("صفحة")
        #expect(ContentHash(hex: Substring(hash.description)) == hash)
        #expect(ContentHash(hex: "xyz") == nil)
    }
}
