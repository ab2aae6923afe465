extension EntityExtractor {
    /// Extraction with the statistical tagger, which tags a whole article at once so that a name tagged in
    /// one sentence informs the others.
    public init(tagger: EntityTagger, frequencies: WordFrequencies, aliases: EntityAliases = .none) {
        self.init(aliases: aliases, words: WordKnowledge(tagger: tagger, frequencies: frequencies), tagDocument: { sentences in
            tagger.scoredDocument(sentences).map { $0.map { (tag: $0.name, margin: $0.margin) } }
        })
    }
}
