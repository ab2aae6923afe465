import ArabicText
import Testing
@testable import Enrichment

@Suite struct ArticleTextTests {
    static let title = "الرئيس الأمريكي يصل إلى القاهرة"
    static let body = "وصل الرئيس الأمريكي دونالد ترامب إلى القاهرة. والتقى الرئيس المصري.\n\nوقال د. محمد إن «الزيارة مهمة.» ثم غادر."

    @Test func titleSentencesComeFirstAndTheBodyIsSplitAsWhenJoined() {
        let text = ArticleText(title: Self.title, body: Self.body)
        let joined = SentenceSplitter().sentences(in: Self.title + "\n\n" + Self.body).map { String($0.text) }
        #expect(text.sentences.map { String($0.text) } == joined)
        #expect(text.bodySentences.map { String($0.text) } == [
            "وصل الرئيس الأمريكي دونالد ترامب إلى القاهرة.", "والتقى الرئيس المصري.",
            "وقال د. محمد إن «الزيارة مهمة.»", "ثم غادر.",
        ])
        #expect(text.title == Self.title)
    }

    @Test func everyTokenCarriesItsMatchingKey() {
        let text = ArticleText(title: Self.title, body: Self.body)
        for sentence in text.sentences {
            #expect(sentence.tokens == Tokenizer().tokens(in: sentence.text))
            #expect(sentence.keys == sentence.tokens.map { MatchingKey.of(String($0.text)) })
        }
        #expect(Set(text.distinctTokenKeys) == Set(text.sentences.flatMap(\.keys)))
    }

    @Test func sentencesGivenAsTextAreKeptAsTheyAre() {
        let text = ArticleText(bodySentences: ["جملة أولى.", "  جملة ثانية  "])
        #expect(text.bodySentences.map(\.text) == ["جملة أولى.", "  جملة ثانية  "])
        #expect(text.sentences.count == 2)
        #expect(text.title == nil)
    }
}
