import ArabicText
import Testing
@testable import Enrichment

@Suite struct GazetteerTests {
    @Test(arguments: [
        ("country from CLDR", "مصر", Gazetteer.Kind.country),
        ("city from CLDR time zones", "القاهرة", .city),
        ("gaza from CLDR time zones", "غزة", .city),
        ("hand-added capital", "الرباط", .capital),
        ("hand-added city", "الإسكندرية", .city),
        ("hand-added region", "الضفة الغربية", .region),
        ("spelling variant by matching key", "الاردن", .country),
    ])
    func knows(_ row: (id: String, name: String, kind: Gazetteer.Kind)) {
        #expect(Gazetteer.place(named: row.name)?.kind == row.kind, "\(row.id)")
    }

    @Test(arguments: ["الأمم المتحدة", "الاتحاد الأوروبي", "العالم", "حماس", ""])
    func leavesOutWhatIsNotAPlace(_ name: String) {
        #expect(Gazetteer.place(named: name) == nil)
    }

    @Test(arguments: [("شتوتجارت", "شتوتغارت"), ("جوهانسبورغ", "جوهانسبرغ"), ("بنسيلفانيا", "بنسلفانيا")])
    func findsAPlaceInAnotherSpelling(_ row: (written: String, place: String)) {
        #expect(Gazetteer.place(spelledLike: MatchingKey.of(row.written))?.name == row.place)
    }

    /// `بنما` has too few letters besides its vowels to tell its spellings from other words.
    @Test(arguments: ["باناما", "شتوتكارت", "الخرطومي"])
    func findsNoPlaceInOtherLetters(_ written: String) {
        #expect(Gazetteer.place(spelledLike: MatchingKey.of(written)) == nil)
    }

    @Test func isLargeAndClean() {
        #expect(Gazetteer.places.count > 700)
        #expect(Gazetteer.places.allSatisfy { !$0.name.isEmpty && !$0.name.contains("(") })
    }
}

/// Rows from web-copied text where spaces went missing; the "name lists" here know `برشلونة` and `بوردو` and the
/// junk "cities" `ليك` and `الم` that a word's start could be taken for.
@Suite struct GluedPlacesTests {
    static let listedPlaces: Set<String> = ["برشلونة", "بوردو", "ليك", "الم"]

    private func pieces(_ word: String) -> [String]? {
        GluedPlaces.pieces(of: Substring(word)) { Gazetteer.place(named: String($0)) != nil || Self.listedPlaces.contains(String($0)) }?
            .map(String.init)
    }

    @Test func placesJoinedByAndAreCutApart() {
        #expect(pieces("ولندنوأنقرةوبودابستوبرشلونة") == ["ولندن", "وأنقرة", "وبودابست", "وبرشلونة"])
        #expect(pieces("بيروتوالقاهرة") == ["بيروت", "والقاهرة"])
    }

    @Test func aPlaceAfterInIsCutOnlyWhenTheGazetteerHasIt() {
        #expect(pieces("فيهولندا") == ["في", "هولندا"])
        #expect(pieces("فيبوردو") == nil)
    }

    @Test(arguments: ["ليكونوا", "الموالين", "فيينا", "والقاهرة", "الولايات", "فيتنام"])
    func wordsAndSinglePlacesStayWhole(_ word: String) {
        #expect(pieces(word) == nil)
    }

    @Test func aSentenceIsCutOnlyWhereAWordIsGlued() {
        let words = "غنى في فيينا ولندنوأنقرة".split(separator: " ")
        #expect(GluedPlaces.cutting(words) { Gazetteer.place(named: String($0)) != nil }?.map(String.init)
                == ["غنى", "في", "فيينا", "ولندن", "وأنقرة"])
        #expect(GluedPlaces.cutting(Array(words.prefix(3))) { Gazetteer.place(named: String($0)) != nil } == nil)
    }
}
