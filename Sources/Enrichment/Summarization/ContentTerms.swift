import ArabicText

/// The words of a sentence, read once: all its words and numbers by matching key (what a reader,
/// and ROUGE, counts) and the subset that carries its topic, as compared between sentences: each
/// word's stem without proclitics (so `والقاهرة` and `القاهرة` are one term), with stopwords,
/// numbers and single letters left out.
struct ContentTerms: Sendable {
    private static let tokenizer = Tokenizer()

    /// Every word and number, by matching key, in order.
    let words: [String]
    /// Stems of the words that carry the topic.
    let terms: [String]

    init(_ sentence: String) {
        var words: [String] = []
        var terms: [String] = []
        for token in Self.tokenizer.tokens(in: sentence) where token.kind == .word || token.kind == .number {
            let key = MatchingKey.of(String(token.text))
            words.append(key)
            guard token.kind == .word, !Stopwords.keys.contains(key) else { continue }
            let stem = MatchingKey.of(String(Clitics.split(token.text).stem))
            if stem.count > 1, !Stopwords.keys.contains(stem) { terms.append(stem) }
        }
        self.words = words
        self.terms = terms
    }

    static func of(_ sentence: String) -> [String] {
        ContentTerms(sentence).terms
    }

    /// Words and numbers, the units a word budget counts.
    static func wordCount(of sentence: String) -> Int {
        ContentTerms(sentence).words.count
    }
}
