@testable import DevServer
import Foundation
import Testing

@Suite("Injecting the live-reload script")
struct LiveReloadScriptTests {
    @Test("goes before the last </body>, whatever its case, or at the end", arguments: [
        (id: "lowercase", html: "<html><body>خبر</body></html>", before: "</body></html>"),
        (id: "uppercase", html: "<HTML><BODY>خبر</BODY></HTML>", before: "</BODY></HTML>"),
        (id: "last of two", html: "<body><pre>&lt;/body&gt;</pre></body>x", before: "</body>x"),
        (id: "no body", html: "<p>خبر</p>", before: ""),
    ])
    func placement(row: (id: String, html: String, before: String)) {
        let result = String(decoding: LiveReloadScript.inject(into: Data(row.html.utf8)), as: UTF8.self)
        #expect(result.hasSuffix(LiveReloadScript.tag + row.before), "\(row.id)")
        #expect(result.replacingOccurrences(of: LiveReloadScript.tag, with: "") == row.html, "\(row.id)")
    }

    @Test("build errors travel as one JSON line per diagnostic")
    func failureEvent() {
        let failure = BuildFailureFixture.template
        let wire = LiveReloadEvent.failure(failure).wireFormat
        #expect(wire == "event: failure\ndata: [\"Templates\\/article.html:3: قسم غير مغلق\\nsecond line\"]\n\n")
    }
}
