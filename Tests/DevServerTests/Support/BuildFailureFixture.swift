import SiteBuilder

enum BuildFailureFixture {
    /// A message with Arabic text and a newline, which must not break the one-line `data:` field.
    static let template = BuildFailure([
        Diagnostic(path: "Templates/article.html", line: 3, message: "قسم غير مغلق\nsecond line"),
    ])
}
