import ArabicText

/// An article cut once into sentences and tokens, with every token's matching key: entity extraction and the
/// summarizer both read it, so neither splits, tokenizes or keys the text again (together that was a tenth of
/// an import's time).
public struct ArticleText: Sendable {
    /// One sentence with its tokens (punctuation included), their matching keys and the `FeatureHash` of their
    /// text, index for index.
    public struct Sentence: Sendable {
        public let text: Substring
        public let tokens: [Token]
        public let keys: [String]
        let tokenHashes: [UInt64]
    }

    /// The headline, when there is one; the summarizer compares sentences with it.
    public let title: String?
    /// The sentences of the title, then those of the body.
    public let sentences: [Sentence]
    /// How many of `sentences` are the title's.
    let titleSentenceCount: Int
    /// The key of each distinct token of the article, in the order first seen (two tokens may share a key).
    let distinctTokenKeys: [String]
    /// How many times the article writes each distinct token, index for index with `distinctTokenKeys`.
    let distinctTokenCounts: [Int]

    /// The body's sentences, without the title's.
    public var bodySentences: ArraySlice<Sentence> { sentences[titleSentenceCount...] }

    private static let splitter = SentenceSplitter()
    private static let tokenizer = Tokenizer()

    /// - Parameters:
    ///   - title: the headline, split apart from the body (the splitter ends a sentence at every line break, so
    ///     this is the split of the title and body joined by a blank line).
    ///   - body: running text, paragraphs separated by blank lines.
    public init(title: String? = nil, body: String) {
        let titleSentences = title.map { Self.splitter.sentences(in: $0) } ?? []
        self.init(title: title, sentences: titleSentences + Self.splitter.sentences(in: body), titleSentenceCount: titleSentences.count)
    }

    /// Sentences already cut, each given as its text.
    public init(title: String? = nil, bodySentences: [String]) {
        self.init(title: title, sentences: bodySentences.map { ArabicText.Sentence(text: Substring($0)) }, titleSentenceCount: 0)
    }

    private init(title: String?, sentences: [ArabicText.Sentence], titleSentenceCount: Int) {
        self.title = title
        self.titleSentenceCount = titleSentenceCount
        let tokenized = sentences.map { Self.tokenizer.tokens(in: $0.text) }
        // Each distinct token is keyed once: an article repeats most of its words.
        let tokenCount = tokenized.reduce(0) { $0 + $1.count }
        var distinct = HashIndex(capacity: tokenCount / 2)
        var distinctKeys: [String] = []
        distinctKeys.reserveCapacity(tokenCount / 2)
        var counts: [Int] = []
        counts.reserveCapacity(tokenCount / 2)
        self.sentences = zip(sentences, tokenized).map { sentence, tokens in
            let hashes = tokens.map { FeatureHash.of($0.text) }
            let keys = zip(tokens, hashes).map { token, hash in
                let position = distinct.insert(hash)
                if position == distinctKeys.count {
                    distinctKeys.append(MatchingKey.of(token.text))
                    counts.append(0)
                }
                counts[position] += 1
                return distinctKeys[position]
            }
            return Sentence(text: sentence.text, tokens: tokens, keys: keys, tokenHashes: hashes)
        }
        distinctTokenKeys = distinctKeys
        distinctTokenCounts = counts
    }
}
