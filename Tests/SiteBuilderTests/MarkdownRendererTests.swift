import Foundation
import Testing
@testable import SiteBuilder

@Suite struct MarkdownRendererTests {
    @Test func rendersGFMExtensions() {
        let html = MarkdownRenderer.html(from: """
        | البلد | العاصمة |
        |---|---|
        | مصر | القاهرة |

        ~~قديم~~ و https://example.org

        - [x] تم
        """)
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>القاهرة</td>"))
        #expect(html.contains("<del>قديم</del>"))
        #expect(html.contains("<a href=\"https://example.org\">"))
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test func keepsRawHTMLAndScriptURLsOut() {
        let html = MarkdownRenderer.html(from: "<script>alert(1)</script>\n\nنص <b>غامق</b> [رابط](javascript:alert(1))")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func countsWordsNotPunctuation() {
        #expect(ArticlePreparer.wordCount("## مُحَمَّـد يزور **القاهرة**، و*غزة* 2024!") == 6)
    }

    /// cmark-gfm 0.29's global inline table breaks concurrent parses; the lock must make them safe.
    @Test func parallelRenderingEqualsSerial() {
        let documents = (0..<64).map { index in
            "## عنوان \(index)\n\nفقرة *مائلة* و**غامقة** و`رمز` و~~محذوف~~ [رابط](https://example.org/\(index)).\n\n| أ | ب |\n|---|---|\n| \(index) | ٢ |\n"
        }
        let serial = documents.map(MarkdownRenderer.html(from:))
        let parallel = documents.concurrentMap { MarkdownRenderer.html(from: $0) }
        #expect(serial == parallel)
    }
}
