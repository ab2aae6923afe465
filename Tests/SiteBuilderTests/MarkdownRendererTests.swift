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

    /// Thousands of nested markers render their words as one flat paragraph, not thousands of nested elements;
    /// what nests as real articles do is left alone.
    @Test func pathologicalNestingRendersFlatText() {
        let emphasis = String(repeating: "*", count: 5000) + "كلمة" + String(repeating: "*", count: 5000)
        let quotes = String(repeating: "> ", count: 3000) + "اقتباس عميق"
        let html = MarkdownRenderer.html(from: "فقرة أولى.\n\n" + emphasis + "\n\n" + quotes + "\n\n> اقتباس *عادي*\n")
        #expect(html.contains("<p>فقرة أولى.</p>"))
        #expect(html.contains("كلمة") && html.contains("اقتباس عميق"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 1, "only the ordinary quote stays a quote")
        #expect(html.components(separatedBy: "<em>").count - 1 <= 1)
        #expect(html.contains("<blockquote>\n<p>اقتباس <em>عادي</em></p>\n</blockquote>"))
        #expect(html.count < 25_000)
    }
}
