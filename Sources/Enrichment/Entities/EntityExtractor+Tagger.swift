extension EntityExtractor {
    /// Extraction with the statistical tagger, which tags a whole article at once so that a name tagged in
    /// one sentence informs the others.
    public init(tagger: EntityTagger, aliases: EntityAliases = .none) {
        self.init(aliases: aliases, tagDocument: { tagger.tagDocument($0) })
    }
}
