/// A raw article split into title and body blocks, before anything is generated from it.
struct RawArticle: Sendable, Hashable {
    var title: String
    var blocks: [RawBlock]
    /// The date found on a date line of the text, if any.
    var date: CalendarDay?

    /// Paragraph texts (headings and date line left out): what summaries are chosen from.
    var paragraphs: [String] {
        blocks.filter { $0.kind == .paragraph }.map(\.text)
    }

    /// Title and every block, for entity extraction.
    var fullText: String {
        ([title] + blocks.map(\.text)).joined(separator: "\n\n")
    }
}
