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
    /// Tokens and keys are found by a 64-bit hash of their bytes, with no string made for a token
    /// already seen: Swift's `String` normalizes Arabic to hash, and an article has hundreds of words.
    struct Reader: Sendable {
        /// Stemming is most of the cost of reading: skipped when no signal compares terms.
        let readsTerms: Bool
        /// Each distinct token as written, by hash: its position in `entries`.
        private var tokens: HashIndex
        /// For each distinct token, the numbers of its matching key and of its term (nil when it carries no topic).
        private var entries: [(word: Int, term: Int?)] = []
        /// Matching keys and terms, by hash: their numbers.
        private var numbers: HashIndex

        /// How many distinct keys and terms have been numbered: every number is below it.
        var vocabularySize: Int { numbers.count }

        /// `expectedWords`: about how many distinct words the article has, so the tables are sized once
        /// instead of growing about ten times per article.
        init(readsTerms: Bool, expectedWords: Int = 0) {
            self.readsTerms = readsTerms
            tokens = HashIndex(capacity: expectedWords)
            numbers = HashIndex(capacity: readsTerms ? 2 * expectedWords : expectedWords)
            entries.reserveCapacity(expectedWords)
        }

        /// Text outside the article's sentences: its title, an entity's name.
        mutating func read(_ text: String) -> ContentTerms {
            read(ArticleText(bodySentences: [text]).sentences[0])
        }

        mutating func read(_ sentence: ArticleText.Sentence) -> ContentTerms {
            var content = ContentTerms()
            for ((token, key), hash) in zip(zip(sentence.tokens, sentence.keys), sentence.tokenHashes)
            where token.kind == .word || token.kind == .number {
                let position = tokens.insert(hash)
                if position == entries.count { entries.append(entry(for: token, key: key)) }
                let entry = entries[position]
                content.words.append(entry.word)
                if let term = entry.term { content.terms.append(term) }
            }
            return content
        }

        /// `word` is the token's matching key.
        private mutating func entry(for token: Token, key word: String) -> (word: Int, term: Int?) {
            guard readsTerms, token.kind == .word, !Stopwords.keys.contains(ByteKey(word)) else { return (number(of: word), nil) }
            let stem = MatchingKey.of(Clitics.split(token.text).stem)
            let carriesTopic = stem.unicodeScalars.count > 1 && !Stopwords.keys.contains(ByteKey(stem))
            return (number(of: word), carriesTopic ? number(of: stem) : nil)
        }

        private mutating func number(of key: String) -> Int {
            numbers.insert(FeatureHash.of(key))
        }
    }
}
