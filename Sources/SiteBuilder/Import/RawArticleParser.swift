import ArabicText

/// Reads raw article text into a title and body blocks. Hard-wrapped lines are joined back first
/// (`HardWrapJoiner`). The first line is the title when it reads as a headline; otherwise the text starts
/// with its first paragraph and the title is made from it (`GeneratedTitle`). A short block of one line
/// without final punctuation that comes before a paragraph is a heading; the first block may be or open with
/// the dateline (`DateLine`); a newsroom's pasted lines are boilerplate (`BoilerplateLine`).
enum RawArticleParser {
    /// Raw articles are news pieces; a larger file is almost surely the wrong file, and the
    /// summarizer's sentence graph grows with the square of its length.
    static let maximumBytes = 1_000_000
    /// Longer lines are paragraphs even without final punctuation, and are never titles.
    static let headingMaximumWords = 15

    /// Marks that end a sentence or clause; a line ending with one is running text, not a heading.
    private static let finalPunctuation: Set<Character> = [".", "!", "?", "؟", ":", "؛", ";", "…", "،", ","]
    /// Headlines may ask or exclaim; ending with any other final mark, the first line is a paragraph.
    private static let headlineEndings: Set<Character> = ["!", "?", "؟"]
    /// Closing quotes and brackets, looked through to find a line's final punctuation.
    private static let closers: Set<Character> = ["\"", "'", "»", "”", "’", ")", "]", "}"]

    static func parse(_ text: String, path: String) throws(Diagnostic) -> RawArticle {
        let grouping = HardWrapJoiner.blocks(of: lines(of: text))
        var blocks = grouping.blocks
        guard !blocks.isEmpty else {
            throw Diagnostic(path: path, message: "empty: there is no text to import")
        }
        let firstLine = blocks[0].firstLine
        // A line that is the whole text is its paragraph; in hard-wrapped text, lines of a block continue one another.
        let isWholeText = blocks.count == 1 && blocks[0].lines.count == 1
        let continuesOnNextLine = grouping.isHardWrapped && blocks[0].lines.count > 1
        var title: String?
        if !isWholeText, !continuesOnNextLine, isHeadline(blocks[0].lines[0]) {
            title = blocks[0].lines.removeFirst()
            if blocks[0].lines.isEmpty {
                blocks.removeFirst()
            } else {
                blocks[0].firstLine += 1
            }
        }

        let dateline = DateLine(opening: blocks[0].lines)
        if dateline?.isWholeText == true { blocks[0].kind = .dateline }
        for index in blocks.indices where blocks[index].kind == .paragraph && blocks[index].lines.count == 1
            && BoilerplateLine.matches(blocks[index].lines[0]) {
            blocks[index].kind = .boilerplate
        }
        for index in blocks.indices where isHeadingCandidate(blocks[index]) {
            let next = blocks.index(after: index)
            if next < blocks.endIndex, blocks[next].kind == .paragraph, !isHeadingCandidate(blocks[next]) {
                blocks[index].kind = .heading
            }
        }
        guard let lead = blocks.first(where: { $0.kind == .paragraph }) else {
            let message = title == nil
                ? "no paragraph of article text, only a date line, headings or boilerplate"
                : "no paragraph below the title: add the article text, separated from the title by a blank line"
            throw Diagnostic(path: path, line: firstLine, message: message)
        }
        return RawArticle(title: title ?? GeneratedTitle.title(from: lead.text), titleIsGenerated: title == nil, blocks: blocks,
                          dateline: dateline)
    }

    /// The non-blank lines, each trimmed and with runs of whitespace made one space.
    private static func lines(of text: String) -> [HardWrapJoiner.Line] {
        var lines: [HardWrapJoiner.Line] = []
        var followsBlank = false
        // Split as UTF-8: a line feed always stands alone as a character and as a byte, so this is the same
        // split without the cost of finding character boundaries.
        for (offset, lineBytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(lineBytes).collapsingWhitespace()
            if line.isEmpty {
                followsBlank = true
            } else {
                lines.append(HardWrapJoiner.Line(text: line, number: offset + 1, followsBlank: followsBlank))
                followsBlank = false
            }
        }
        return lines
    }

    /// A first line short enough for a headline that does not end like a sentence of running text, and is no date.
    private static func isHeadline(_ line: String) -> Bool {
        if let mark = lastMark(of: line), finalPunctuation.contains(mark), !headlineEndings.contains(mark) { return false }
        return line.split(separator: " ", maxSplits: headingMaximumWords).count <= headingMaximumWords
            && DateLine(parsing: line) == nil
    }

    /// The last mark first: nearly every paragraph ends with punctuation, and counting its words is
    /// the expensive part.
    private static func isHeadingCandidate(_ block: RawBlock) -> Bool {
        guard block.kind == .paragraph, block.lines.count == 1 else { return false }
        let line = block.lines[0]
        guard let mark = lastMark(of: line), !finalPunctuation.contains(mark) else { return false }
        return line.split(separator: " ").count <= headingMaximumWords
    }

    /// The line's last character, looking through closing quotes and brackets.
    static func lastMark(of line: String) -> Character? {
        line.last { !closers.contains($0) }
    }
}
