import Testing
@testable import Enrichment

@Suite struct EntitiesWordFrequenciesTests {
    static let list = try! WordFrequencies(tsv: """
        الديناصور\t583
        ديناصور\t574
        القاهرة\t376
        قاهرة\t612
        أوربا\t480
        وليد\t450
        ليد\t620
        الهيروين\t550
        هيروين\t633
        حماس\t427
        الحماس\t508
        الموصل\t433
        موصل\t562
        """, path: "test")

    @Test func aWordWrittenWithAndWithoutTheArticleIsCommon() {
        #expect(Self.list.articleAlternate(of: "الديناصور") == "ديناصور")
        #expect(Self.list.articleAlternate(of: "ديناصور") == "الديناصور")
        // 2.4 orders of magnitude apart: a name that also happens to be an adjective's form.
        #expect(Self.list.articleAlternate(of: "القاهرة") == nil)
        #expect(Self.list.articleAlternate(of: "أوربا") == nil)
    }

    @Test func aWordWithTheArticleThatDropsItATenthAsOftenIsCommon() {
        // 0.83 orders apart: a drug's name, a common noun.
        #expect(Self.list.articleAlternate(of: "الهيروين") == "هيروين")
        // As far apart without the article: a movement named with a common word (enthusiasm).
        #expect(Self.list.articleAlternate(of: "حماس") == nil)
        // 1.3 orders apart: a city whose name is also an adjective (`موصل`, connected).
        #expect(Self.list.articleAlternate(of: "الموصل") == nil)
    }

    @Test func spellingsShareAKey() {
        #expect(Self.list.frequencyClass(of: "اوربا") == 480)
        #expect(Self.list.frequencyClass(of: "القاهره") == 376)
        #expect(Self.list.frequencyClass(of: "كاليفورنيا") == nil)
    }

    @Test func aCliticIsProvenWhenTheStemIsFarMoreFrequent() {
        #expect(Self.list.prefersSplit(whole: "بأوربا", stem: "أوربا"))
        #expect(!Self.list.prefersSplit(whole: "وليد", stem: "ليد"))
        #expect(!Self.list.prefersSplit(whole: "بغداد", stem: "غداد"))
    }

    @Test func aMalformedRowIsAnErrorWithItsLine() {
        #expect(throws: TaggerModelError.self) { try WordFrequencies(tsv: "أوربا\t480\nوليد\n", path: "list.tsv") }
        do {
            _ = try WordFrequencies(tsv: "أوربا\t480\nوليد\n", path: "list.tsv")
        } catch {
            #expect(error.description == "list.tsv:2: expected a word, a TAB and a frequency class")
        }
    }

    @Test func theShippedListKnowsCommonWordsAndNames() throws {
        let list = try WordFrequencies.bundled()
        #expect(list.articleAlternate(of: "الديناصور") != nil)
        #expect(list.articleAlternate(of: "لندن") == nil)
        #expect(list.articleAlternate(of: "مصر") == nil)
        #expect(list.articleAlternate(of: "الأكسجين") == "اكسجين")
        #expect(list.frequencyClass(of: "على") == 182)
    }
}
