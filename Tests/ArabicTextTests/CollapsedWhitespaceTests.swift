import Testing
import ArabicText

@Suite struct CollapsedWhitespaceTests {
    /// The fast path must give exactly what splitting at whitespace characters and joining with spaces gives.
    @Test(arguments: [
        ("already collapsed", "قال الرئيس دونالد ترامب", "قال الرئيس دونالد ترامب"),
        ("runs of spaces", "قال  الرئيس   ترامب", "قال الرئيس ترامب"),
        ("spaces at the ends", "  وزارة الخارجية ", "وزارة الخارجية"),
        ("tabs and line breaks", "وزارة\tالخارجية\r\nالمصرية", "وزارة الخارجية المصرية"),
        ("non-breaking space", "دونالد\u{00A0}ترامب", "دونالد ترامب"),
        ("punctuation kept", "«حماس» – غزة…", "«حماس» – غزة…"),
        ("a mark after a space goes with it", "بسم \u{064E}الله", "بسم الله"),
        ("latin with accents", "Café  Riche", "Café Riche"),
        ("only whitespace", " \t ", ""),
        ("empty", "", ""),
    ])
    func collapses(_ row: (id: String, input: String, expected: String)) {
        let reference = row.input.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(Substring(row.input).collapsingWhitespace() == reference, "\(row.id)")
        #expect(reference == row.expected, "\(row.id): the expected value itself")
    }
}
