import Enrichment

/// Derives summary and entities from an article's title and paragraphs; shared by import
/// and `mujaz enrich`, so both write exactly the same values for the same text.
struct ArticleEnricher: Sendable {
    var entityFinder: any EntityFinding
    var summaryLength: SummaryLength

    private static let summarizer = Summarizer()

    func enrichment(title: String, paragraphs: [String]) -> ArticleEnrichment {
        // Cut into sentences and tokens once, for both.
        let text = ArticleText(title: title, body: paragraphs.joined(separator: "\n\n"))
        let names = entityFinder.entityNames(in: text)
        let sentences = Self.summarizer.summarize(text, entityNames: names.values.flatMap { $0 }, length: summaryLength)
        return ArticleEnrichment(summary: SummaryCap.capped(sentences.joined(separator: " ")), names: names)
    }
}
