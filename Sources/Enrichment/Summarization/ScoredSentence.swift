import ArabicText

/// One sentence with what the summarizer measures of it, computed once.
struct ScoredSentence: Sendable {
    let text: String
    /// Every word and number by matching key: what the word budget counts and recurrence compares.
    let words: [String]
    /// Topic-bearing stems, compared between sentences for centrality and redundancy.
    let terms: [String]
    /// Compared to drop sentences that repeat another word for word.
    let key: String

    init(text: String) {
        self.text = text
        let content = ContentTerms(text)
        words = content.words
        terms = content.terms
        key = MatchingKey.of(text)
    }

    var wordCount: Int { words.count }

    /// The share of this sentence's terms that are among `vocabulary`.
    func share(of vocabulary: Set<String>) -> Double {
        guard !terms.isEmpty, !vocabulary.isEmpty else { return 0 }
        return Double(terms.filter(vocabulary.contains).count) / Double(terms.count)
    }
}
