/// A trained tagger: a first pass that tags sentence by sentence, and a second pass that sees what the
/// first said about the same words across the document. Both share the lexicon their features consult.
struct TaggerModel: Sendable {
    let version: String
    let lexicon: TagLexicon
    let sentencePass: LinearStage
    let documentPass: LinearStage
    /// Sentences per document block in the second pass; training cut its text into blocks of this size.
    let documentSize: Int
    let extractor: FeatureExtractor

    init(version: String, lexicon: TagLexicon, sentencePass: LinearStage, documentPass: LinearStage, documentSize: Int) {
        self.version = version
        self.lexicon = lexicon
        self.sentencePass = sentencePass
        self.documentPass = documentPass
        self.documentSize = max(1, documentSize)
        extractor = FeatureExtractor(lexicon: lexicon)
    }

    /// The best tags of every sentence, documents of `documentSize` sentences at a time.
    func tagDocument(_ sentences: [[String]]) -> [[Int]] {
        var cache = TokenAttributeCache(extractor: extractor)
        var tags: [[Int]] = []
        tags.reserveCapacity(sentences.count)
        for blockStart in stride(from: 0, to: sentences.count, by: documentSize) {
            let block = sentences[blockStart..<min(blockStart + documentSize, sentences.count)]
            var attributes = block.map { cache.attributes(of: $0) }
            let firstPass = zip(attributes, block).map {
                sentencePass.tag(attributes: $0, count: $1.count, extractor: extractor)
            }
            let evidence = DocumentEvidence(attributes: attributes[...], firstPass: firstPass[...])
            for index in attributes.indices {
                evidence.fill(&attributes[index], firstPass: firstPass[index])
                tags.append(documentPass.tag(attributes: attributes[index], count: firstPass[index].count, extractor: extractor))
            }
        }
        return tags
    }
}
