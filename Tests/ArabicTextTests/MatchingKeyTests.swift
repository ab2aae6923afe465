import Testing
@testable import ArabicText

@Suite struct MatchingKeyTests {
    @Test(arguments: [
        ("alef forms", "الأردن", "الاردن"),
        ("diacritics", "مُحَمَّد", "محمد"),
        ("tatweel", "غـــزة", "غزه"),
        ("alef maqsura", "مصطفى", "مصطفي"),
        ("persian letters", "کیف", "كيف"),
        ("taa marbuta", "كتابة", "كتابه"),
        ("digits", "٢٠٢٥", "2025"),
        ("spaces", "  دونالد \n ترامب ", "دونالد ترامب"),
        ("combining hamza composes first", "\u{0627}\u{0654}حمد", "احمد"),
        ("combining madda composes first", "\u{0627}\u{0653}مال", "امال"),
        ("latin case", "Reuters AFP", "reuters afp"),
        ("mixed scripts", "قناة CNN", "قناه cnn"),
        ("decomposed latin", "Cafe\u{0301}", "café"),
        ("zero-width marks", "غز\u{200F}ة", "غزه"),
        ("non-breaking space", "دونالد\u{00A0}ترامب", "دونالد ترامب"),
        ("empty", "", ""),
    ])
    func folds(_ row: (id: String, input: String, expected: String)) {
        #expect(MatchingKey.of(row.input) == row.expected, "\(row.id)")
    }
}
