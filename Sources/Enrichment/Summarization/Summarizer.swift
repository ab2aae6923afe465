import Foundation

/// Extractive summaries: whole sentences of the article, returned in the order the article tells
/// them. The opening sentence comes first, as in news it states the story; the others are chosen
/// by position, how much of them the article repeats, centrality, length, overlap with the title
/// and entity density, without repeating a point.
public struct Summarizer: Sendable {
    let weights: SummaryWeights

    public init() {
        self.init(weights: .standard)
    }

    /// A summarizer with other weights, for fitting them (`scripts/fit_summarizer.py`).
    public init(weights: SummaryWeights) {
        self.weights = weights
    }

    /// - Parameters:
    ///   - paragraphs: the article's paragraphs, each as its sentences (headings left out).
    ///   - title: the headline when there is one; summaries work without it.
    ///   - entityNames: names of the entities found in the article, as written.
    /// - Returns: the chosen sentences in document order.
    public func summarize(
        paragraphs: [[String]],
        title: String? = nil,
        entityNames: [String] = [],
        length: SummaryLength
    ) -> [String] {
        summarize(ArticleText(title: title, bodySentences: Array(paragraphs.joined())), entityNames: entityNames, length: length)
    }

    /// Summarizes the body of an article already cut into sentences and tokens.
    public func summarize(_ text: ArticleText, entityNames: [String] = [], length: SummaryLength) -> [String] {
        // About one distinct word per 16 bytes of Arabic text (two bytes a letter, and words repeat).
        let textBytes = text.bodySentences.reduce(0) { $0 + $1.text.utf8.count }
        var reader = ContentTerms.Reader(readsTerms: weights.comparesTerms, expectedWords: textBytes / 16)
        var sentences: [ScoredSentence] = []
        for sentence in text.bodySentences {
            guard sentences.count < weights.maximumSentences else { break }
            let scored = ScoredSentence(sentence, reader: &reader)
            if scored.wordCount > 0 { sentences.append(scored) }
        }
        guard !sentences.isEmpty, length.allowsAnySentence else { return [] }

        let similarity = weights.comparesTerms
            ? TermVectors(terms: sentences.map(\.terms), vocabularySize: reader.vocabularySize).similarityMatrix()
            : Array(repeating: Array(repeating: 0, count: sentences.count), count: sentences.count)
        let recurrence = WordRecurrence.scores(
            of: sentences.map(\.words), vocabularySize: reader.vocabularySize, decay: weights.recurrenceDecay
        )
        let titleTerms = Set(text.title.map { reader.read($0).terms } ?? [])
        let entityTerms = Set(entityNames.flatMap { reader.read($0).terms })
        let scores = relevance(
            of: sentences, similarity: similarity, recurrence: recurrence, titleTerms: titleTerms, entityTerms: entityTerms
        )
        let chosen = choose(from: sentences, scores: scores, similarity: similarity, length: length)
        return chosen.sorted().map { sentences[$0].text }
    }

    private func relevance(
        of sentences: [ScoredSentence],
        similarity: [[Double]],
        recurrence: [Double],
        titleTerms: Set<Int>,
        entityTerms: Set<Int>
    ) -> [Double] {
        let count = Double(sentences.count)
        // The graph walk is the costliest signal: skipped when it does not count.
        let centrality = weights.centrality == 0
            ? Array(repeating: 0, count: sentences.count)
            : TextRank.scores(similarity: similarity).scaledToMaximum()
        let density = sentences.map { $0.share(of: entityTerms) }.scaledToMaximum()

        return sentences.indices.map { index in
            let sentence = sentences[index]
            var score = weights.position * (1 - Double(index) / count)
                + weights.recurrence * recurrence[index]
                + weights.centrality * centrality[index]
                + weights.length * log(Double(sentence.wordCount))
                + weights.entityDensity * density[index]
            if !titleTerms.isEmpty {
                score += weights.titleOverlap * Double(titleTerms.intersection(sentence.terms).count)
                    / Double(titleTerms.count)
            }
            return score
        }
    }

    /// The opening sentence, then greedy maximal marginal relevance until the length is reached.
    private func choose(
        from sentences: [ScoredSentence],
        scores: [Double],
        similarity: [[Double]],
        length: SummaryLength
    ) -> [Int] {
        var chosen = [0]
        var candidates = Array(sentences.indices.dropFirst())
        var words = sentences[0].wordCount
        while !length.isReached(sentences: chosen.count, words: words) {
            candidates.removeAll { candidate in
                chosen.contains { similarity[candidate][$0] >= weights.duplicateSimilarity
                    || sentences[candidate].words == sentences[$0].words }
            }
            var best: (index: Int, value: Double)?
            for candidate in candidates {
                let closest = chosen.map { similarity[candidate][$0] }.max() ?? 0
                let value = scores[candidate] - weights.redundancy * closest
                if value > best?.value ?? -.infinity { best = (candidate, value) }
            }
            guard let best else { break }
            chosen.append(best.index)
            candidates.removeAll { $0 == best.index }
            words += sentences[best.index].wordCount
        }
        return chosen
    }
}
