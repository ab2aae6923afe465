import ArabicText

/// Reads raw article text: the first non-empty line is the title; blocks of lines are
/// separated by blank lines; a short block of one line without final punctuation that
/// comes before a paragraph is a heading; the first block may be or open with the dateline (`DateLine`).
enum RawArticleParser {
    /// Raw articles are news pieces; a larger file is almost surely the wrong file, and the
    /// summarizer's sentence graph grows with the square of its length.
    static let maximumBytes = 1_000_000
    /// Longer lines are paragraphs even without final punctuation.
    static let headingMaximumWords = 15

    /// Marks that end a sentence or clause; a line ending with one is running text, not a heading.
    private static let finalPunctuation: Set<Character> = [".", "!", "?", "؟", ":", "؛", ";", "…", "،", ","]
    /// Closing quotes and brackets, looked through to find a line's final punctuation.
    private static let closers: Set<Character> = ["\"", "'", "»", "”", "’", ")", "]", "}"]

    static func parse(_ text: String, path: String) throws(Diagnostic) -> RawArticle {
        var blocks = lineBlocks(of: text)
        guard !blocks.isEmpty else {
            throw Diagnostic(path: path, message: "empty: there is no text to import")
        }
        let title = blocks[0].lines.removeFirst()
        let titleLine = blocks[0].firstLine
        if blocks[0].lines.isEmpty {
            blocks.removeFirst()
        } else {
            blocks[0].firstLine += 1
        }
        guard !blocks.isEmpty else {
            throw Diagnostic(path: path, line: titleLine, message: "only a title, no article text: add the paragraphs below it, separated by blank lines")
        }

        let dateline = DateLine(opening: blocks[0].lines)
        if dateline?.isWholeText == true { blocks[0].kind = .dateline }
        for index in blocks.indices where isHeadingCandidate(blocks[index]) {
            let next = blocks.index(after: index)
            if next < blocks.endIndex, blocks[next].kind == .paragraph, !isHeadingCandidate(blocks[next]) {
                blocks[index].kind = .heading
            }
        }
        guard blocks.contains(where: { $0.kind == .paragraph }) else {
            throw Diagnostic(path: path, line: titleLine, message: "no paragraph below the title: add the article text, separated from the title by a blank line")
        }
        return RawArticle(title: title, blocks: blocks, dateline: dateline)
    }

    /// Consecutive non-blank lines, each trimmed and with runs of whitespace made one space.
    private static func lineBlocks(of text: String) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: RawBlock?
        // Split as UTF-8: a line feed always stands alone as a character and as a byte, so this is the same
        // split without the cost of finding character boundaries.
        for (offset, lineBytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let rawLine = Substring(lineBytes)
            let line = rawLine.collapsingWhitespace()
            if line.isEmpty {
                if let finished = current { blocks.append(finished) }
                current = nil
            } else if current == nil {
                current = RawBlock(kind: .paragraph, lines: [line], firstLine: offset + 1)
            } else {
                current?.lines.append(line)
            }
        }
        if let finished = current { blocks.append(finished) }
        return blocks
    }

    /// The last mark first: nearly every paragraph ends with punctuation, and counting its words is
    /// the expensive part.
    private static func isHeadingCandidate(_ block: RawBlock) -> Bool {
        guard block.kind == .paragraph, block.lines.count == 1 else { return false }
        let line = block.lines[0]
        let lastMark = line.last { !closers.contains($0) }
        guard let lastMark, !finalPunctuation.contains(lastMark) else { return false }
        return line.split(separator: " ").count <= headingMaximumWords
    }
}
