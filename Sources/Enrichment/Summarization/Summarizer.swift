import ArabicText

/// Extractive summaries: whole sentences of the article, chosen by position, centrality,
/// overlap with the title, entity density and length, without repeating a point, and
/// returned in the order the article tells them.
public struct Summarizer: Sendable {
    let weights: SummaryWeights

    public init() {
        self.init(weights: .standard)
    }

    init(weights: SummaryWeights) {
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
        let sentences = paragraphs.flatMap { paragraph in
            paragraph.enumerated().map { index, text in
                ScoredSentence(text: text, opensParagraph: index == 0)
            }
        }.filter { $0.wordCount > 0 }.prefix(weights.maximumSentences).map { $0 }
        guard !sentences.isEmpty, length.allowsAnySentence else { return [] }

        let similarity = TermVectors(terms: sentences.map(\.terms)).similarityMatrix()
        let scores = relevance(of: sentences, similarity: similarity, title: title, entityNames: entityNames)
        let chosen = choose(from: sentences, scores: scores, similarity: similarity, length: length)
        return chosen.sorted().map { sentences[$0].text }
    }

    private func relevance(
        of sentences: [ScoredSentence],
        similarity: [[Double]],
        title: String?,
        entityNames: [String]
    ) -> [Double] {
        let count = Double(sentences.count)
        let centrality = TextRank.scores(similarity: similarity).scaledToMaximum()
        let titleTerms = Set(title.map(ContentTerms.of) ?? [])
        let entityTerms = Set(entityNames.flatMap(ContentTerms.of))
        let density = sentences.map { $0.share(of: entityTerms) }.scaledToMaximum()

        return sentences.indices.map { index in
            let sentence = sentences[index]
            var score = weights.position * (1 - Double(index) / count)
                + weights.centrality * centrality[index]
                + weights.entityDensity * density[index]
            if index == 0 { score += weights.leadSentence }
            if sentence.opensParagraph { score += weights.paragraphOpening }
            if !titleTerms.isEmpty {
                score += weights.titleOverlap * Double(titleTerms.intersection(sentence.terms).count)
                    / Double(titleTerms.count)
            }
            if sentence.wordCount < weights.shortSentenceWords || sentence.wordCount > weights.longSentenceWords {
                score *= weights.lengthPenalty
            }
            return score
        }
    }

    /// Greedy maximal marginal relevance until the length is reached.
    private func choose(
        from sentences: [ScoredSentence],
        scores: [Double],
        similarity: [[Double]],
        length: SummaryLength
    ) -> [Int] {
        var chosen: [Int] = []
        var candidates = Array(sentences.indices)
        var words = 0
        while !length.isReached(sentences: chosen.count, words: words) {
            var best: (index: Int, value: Double)?
            candidates.removeAll { candidate in
                chosen.contains { similarity[candidate][$0] >= weights.duplicateSimilarity
                    || sentences[candidate].key == sentences[$0].key }
            }
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
