import ArabicText

/// The words of a sentence, read once: all its words and numbers by matching key (what a reader,
/// and ROUGE, counts) and the subset that carries its topic, as compared between sentences: each
/// word's stem without proclitics (so `والقاهرة` and `القاهرة` are one term), with stopwords,
/// numbers and single letters left out. Both are numbers given by the article's `Reader`, so the
/// summarizer counts and compares with arrays, never hashing Arabic strings again.
struct ContentTerms: Sendable {
    /// Every word and number, by the number of its matching key, in order.
    var words: [Int] = []
    /// The numbers of the stems of the words that carry the topic.
    var terms: [Int] = []
}

extension ContentTerms {
    /// Reads the sentences (and title and entity names) of one article, keying and stemming each
    /// distinct token once, since an article repeats most of its words, and numbering the keys.
    /// Tokens are looked up by their bytes (`ByteKey`): Swift's `String` normalizes Arabic to hash.
    struct Reader: Sendable {
        private static let tokenizer = Tokenizer()
        /// Stemming is most of the cost of reading: skipped when no signal compares terms.
        let readsTerms: Bool
        /// For each token as written, the numbers of its matching key and of its term (nil when it carries no topic).
        private var tokens: [ByteKey: (word: Int, term: Int?)] = [:]
        private var numbers: [ByteKey: Int] = [:]

        /// How many distinct keys and terms have been numbered: every number is below it.
        var vocabularySize: Int { numbers.count }

        /// `expectedWords`: about how many distinct words the article has, so the tables are sized once
        /// instead of growing (and rehashing) about ten times per article.
        init(readsTerms: Bool, expectedWords: Int = 0) {
            self.readsTerms = readsTerms
            tokens.reserveCapacity(expectedWords)
            numbers.reserveCapacity(readsTerms ? 2 * expectedWords : expectedWords)
        }

        mutating func read(_ text: String) -> ContentTerms {
            var content = ContentTerms()
            for token in Self.tokenizer.tokens(in: text) where token.kind == .word || token.kind == .number {
                let written = ByteKey(String(token.text))
                let entry: (word: Int, term: Int?)
                if let known = tokens[written] {
                    entry = known
                } else {
                    entry = self.entry(for: token)
                    tokens[written] = entry
                }
                content.words.append(entry.word)
                if let term = entry.term { content.terms.append(term) }
            }
            return content
        }

        private mutating func entry(for token: Token) -> (word: Int, term: Int?) {
            let word = ByteKey(MatchingKey.of(String(token.text)))
            guard readsTerms, token.kind == .word, !Stopwords.keys.contains(word) else { return (number(of: word), nil) }
            let stem = ByteKey(MatchingKey.of(String(Clitics.split(token.text).stem)))
            let carriesTopic = stem.text.unicodeScalars.count > 1 && !Stopwords.keys.contains(stem)
            return (number(of: word), carriesTopic ? number(of: stem) : nil)
        }

        private mutating func number(of key: ByteKey) -> Int {
            if let known = numbers[key] { return known }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
    }
}
