import ArabicText

extension Summarizer {
    private static let splitter = SentenceSplitter()

    /// Summarizes running text whose paragraphs are separated by blank lines. The splitter ends a
    /// sentence at every line break (CR, LF or both), so the text is split in one pass.
    public func summarize(
        text: String,
        title: String? = nil,
        entityNames: [String] = [],
        length: SummaryLength
    ) -> [String] {
        summarize(paragraphs: [Self.splitter.strings(in: text)], title: title, entityNames: entityNames, length: length)
    }
}
