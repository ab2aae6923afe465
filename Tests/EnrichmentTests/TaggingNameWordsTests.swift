import Testing
@testable import Enrichment

/// The name lists as the tagger reads them: by matching key, also behind a clitic the stemmer takes off.
@Suite struct TaggingNameWordsTests {
    let words: NameWords

    init() throws {
        words = try NameWords(tsv: "# comment\ngiven\tخوسيه\nforeign\tخوسيه\nplace\tبرشلونة\n", path: "lists.tsv")
    }

    @Test func aWordKnownToSeveralListsHasOneBitEach() {
        #expect(words.lists(ofKeyHash: NameWords.keyHash(of: "خوسيه")) == NameWords.List.given.bit | NameWords.List.foreign.bit)
        #expect(words.lists(ofKeyHash: NameWords.keyHash(of: "برشلونه")) == NameWords.List.place.bit, "compared by matching key")
        #expect(words.lists(ofKeyHash: NameWords.keyHash(of: "مدينة")) == nil)
    }

    @Test func theTaggerSeesTheListsOfAWordAndOfItsBareStem() {
        let extractor = FeatureExtractor(lexicon: TagLexicon(counts: [:]), nameWords: words)
        let attributes = extractor.attributes(of: ["خوسيه", "وبرشلونة", "مدينة"])
        let slot = { (position: Int) in attributes[position * TokenAttribute.slotCount + TokenAttribute.nameLists.rawValue] }
        #expect(slot(0) != FeatureHash.none)
        #expect(slot(1) != FeatureHash.none, "وبرشلونة: the stem برشلونة is a place")
        #expect(slot(1) != slot(0))
        #expect(slot(2) == FeatureHash.none)
    }

    @Test func aRowThatIsNoListAndWordIsAnErrorWithItsLine() {
        #expect(throws: NameWords.FormatError.self) { try NameWords(tsv: "given\tأحمد\nnickname\tأبو\n", path: "lists.tsv") }
        do {
            _ = try NameWords(tsv: "given\tأحمد\nnickname\tأبو\n", path: "lists.tsv")
        } catch {
            #expect(error.description.hasPrefix("lists.tsv:2: "))
        }
    }
}
