/// A trained tagger: a first pass that tags sentence by sentence, and a second pass that sees what the
/// first said about the same words across the document. Both share the lexicon their features consult.
struct TaggerModel: Sendable {
    let version: String
    let lexicon: TagLexicon
    let nameWords: NameWords
    let sentencePass: LinearStage
    let documentPass: LinearStage
    /// Sentences per document block in the second pass; training cut its text into blocks of this size.
    let documentSize: Int
    let extractor: FeatureExtractor
    let scorer: PassScorer
    private let scratch = TaggerScratchPool()

    init(version: String, lexicon: TagLexicon, nameWords: NameWords, sentencePass: LinearStage, documentPass: LinearStage,
         documentSize: Int) {
        self.version = version
        self.lexicon = lexicon
        self.nameWords = nameWords
        self.sentencePass = sentencePass
        self.documentPass = documentPass
        self.documentSize = max(1, documentSize)
        extractor = FeatureExtractor(lexicon: lexicon, nameWords: nameWords)
        scorer = PassScorer(passes: [sentencePass, documentPass], extractor: extractor)
    }

    /// The best tags of every sentence, documents of `documentSize` sentences at a time.
    func tagDocument<Word: StringProtocol>(_ sentences: [[Word]]) -> [[Int]] {
        scoredDocument(sentences).map { $0.map(\.tag) }
    }

    /// The best tags of every sentence with each token's margin: how much its tag outscored `O` in the document
    /// pass (negative where `O` won on its own but the sentence's best path says otherwise; 0 for `O` tokens).
    func scoredDocument<Word: StringProtocol>(_ sentences: [[Word]]) -> [[ScoredTag]] {
        scratch.withScratch(for: self) { scratch in
            var tags: [[ScoredTag]] = []
            tags.reserveCapacity(sentences.count)
            for blockStart in stride(from: 0, to: sentences.count, by: documentSize) {
                let block = sentences[blockStart..<min(blockStart + documentSize, sentences.count)]
                var attributes = block.map { scratch.attributes.attributes(of: $0) }
                var sums = zip(attributes, block).map {
                    scorer.scores(attributes: $0, count: $1.count, wordScores: &scratch.wordScores)
                }
                let firstPass = zip(sums, block).map { scorer.decode($0, count: $1.count, pass: 0) }
                let evidence = DocumentEvidence(attributes: attributes[...], firstPass: firstPass[...])
                for index in attributes.indices {
                    let count = firstPass[index].count
                    evidence.fill(&attributes[index], firstPass: firstPass[index])
                    scorer.addDocumentScores(attributes: attributes[index], count: count, to: &sums[index])
                    let decoded = scorer.decode(sums[index], count: count, pass: 1)
                    tags.append(decoded.enumerated().map { position, tag in
                        ScoredTag(tag: tag, margin: scorer.margin(of: tag, in: sums[index], at: position, pass: 1))
                    })
                }
            }
            return tags
        }
    }
}
