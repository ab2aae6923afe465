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
    ])
    func folds(_ row: (id: String, input: String, expected: String)) {
        #expect(MatchingKey.of(row.input) == row.expected, "\(row.id)")
    }
}
