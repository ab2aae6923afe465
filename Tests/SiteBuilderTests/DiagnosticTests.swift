import Testing
@testable import SiteBuilder

@Suite struct DiagnosticTests {
    @Test func formatsPathAndLine() {
        #expect(Diagnostic(path: "Content/a.md", line: 3, message: "bad date").description == "Content/a.md:3: bad date")
        #expect(Diagnostic(path: "Content/b.txt", message: "empty file").description == "Content/b.txt: empty file")
        #expect(BuildFailure([Diagnostic(path: "x", message: "y"), Diagnostic(path: "z", line: 1, message: "w")]).description == "x: y\nz:1: w")
    }
}
