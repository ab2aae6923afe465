extension Summarizer {
    /// Summarizes running text whose paragraphs are separated by blank lines. The splitter ends a
    /// sentence at every line break (CR, LF or both), so the text is split in one pass.
    public func summarize(
        text: String,
        title: String? = nil,
        entityNames: [String] = [],
        length: SummaryLength
    ) -> [String] {
        summarize(ArticleText(title: title, body: text), entityNames: entityNames, length: length)
    }
}
