import ArabicText

/// One sentence with what the summarizer measures of it, computed once.
struct ScoredSentence: Sendable {
    let text: String
    let opensParagraph: Bool
    let terms: [String]
    /// Compared to drop sentences that repeat another word for word.
    let key: String
    let wordCount: Int

    init(text: String, opensParagraph: Bool) {
        self.text = text
        self.opensParagraph = opensParagraph
        terms = ContentTerms.of(text)
        key = MatchingKey.of(text)
        wordCount = ContentTerms.wordCount(of: text)
    }

    /// The share of this sentence's terms that are among `vocabulary`.
    func share(of vocabulary: Set<String>) -> Double {
        guard !terms.isEmpty, !vocabulary.isEmpty else { return 0 }
        return Double(terms.filter(vocabulary.contains).count) / Double(terms.count)
    }
}
