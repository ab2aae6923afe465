import Testing
import Templating

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("", ""),
        ("قمة القاهرة تبحث التهدئة", "قمة القاهرة تبحث التهدئة"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;"),
        ("&amp;", "&amp;amp;"),
        ("«الأهرام» & <رويترز>", "«الأهرام» &amp; &lt;رويترز&gt;"),
        ("<\u{0301}>", "&lt;\u{0301}&gt;"),
        ("👍🏽<", "👍🏽&lt;"),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(HTMLEscaping.escaped(text) == expected)
        #expect(HTMLEscaping.escaped(text).utf8.elementsEqual(expected.utf8))
    }

    @Test func appendsAfterExistingOutput() {
        var output = "<p>"
        HTMLEscaping.append("نص <b>", escapedTo: &output)
        HTMLEscaping.append("بلا رموز", escapedTo: &output)
        #expect(output == "<p>نص &lt;b&gt;بلا رموز")
    }
}
