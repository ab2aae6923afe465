/// A raw article split into title and body blocks, before anything is generated from it.
struct RawArticle: Sendable, Hashable {
    var title: String
    /// Whether the text had no title line and `title` was made from its first sentence (`GeneratedTitle`).
    var titleIsGenerated = false
    var blocks: [RawBlock]
    /// The dateline that the first block is, or opens with.
    var dateline: DateLine?

    /// Paragraph texts (headings, date line and boilerplate left out): what summaries are chosen from.
    var paragraphs: [String] {
        blocks.indices.filter { blocks[$0].kind == .paragraph }.map { index in
            index == 0 ? DateLine.textAfter(dateline, in: blocks[index].text) : blocks[index].text
        }
    }
}
