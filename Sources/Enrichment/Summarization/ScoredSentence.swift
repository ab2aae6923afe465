/// One sentence with what the summarizer measures of it, computed once.
struct ScoredSentence: Sendable {
    let text: String
    /// Every word and number (numbered by the article's `ContentTerms.Reader`): what the word
    /// budget counts, recurrence compares, and what makes two sentences the same.
    let words: [Int]
    /// Topic-bearing stems, compared between sentences for centrality and redundancy.
    let terms: [Int]

    init(_ sentence: ArticleText.Sentence, reader: inout ContentTerms.Reader) {
        text = String(sentence.text)
        let content = reader.read(sentence)
        words = content.words
        terms = content.terms
    }

    var wordCount: Int { words.count }

    /// The share of this sentence's terms that are among `vocabulary`.
    func share(of vocabulary: Set<Int>) -> Double {
        guard !terms.isEmpty, !vocabulary.isEmpty else { return 0 }
        return Double(terms.filter(vocabulary.contains).count) / Double(terms.count)
    }
}
