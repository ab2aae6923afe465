/// A raw article split into title and body blocks, before anything is generated from it.
struct RawArticle: Sendable, Hashable {
    var title: String
    /// Whether the text had no title line and `title` was made from its first sentence (`GeneratedTitle`).
    var titleIsGenerated = false
    var blocks: [RawBlock]
    /// The date found on a date line of the text, if any.
    var date: CalendarDay?

    /// Paragraph texts (headings, date line and boilerplate left out): what summaries are chosen from.
    var paragraphs: [String] {
        blocks.filter { $0.kind == .paragraph }.map(\.text)
    }
}
