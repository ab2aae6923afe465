/// One block of a raw article: consecutive lines of one paragraph, heading or line, cleaned of stray spaces.
struct RawBlock: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case paragraph
        /// A short line without final punctuation between paragraphs: becomes a `##` heading.
        case heading
        /// A line holding only the article's date: kept in the body, left out of summaries.
        case dateline
        /// A line the newsroom pasted (`اقرأ أيضا: …`, `المصدر: …`): kept in the body, left out of summaries and entities.
        case boilerplate
    }

    var kind: Kind
    var lines: [String]
    /// The line of the file where the block starts, for messages.
    var firstLine: Int

    /// The block as running text, its lines joined by spaces.
    var text: String { lines.joined(separator: " ") }
}
