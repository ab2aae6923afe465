/// Groups the non-blank lines of a raw article into blocks, joining back the lines of text that was hard-wrapped
/// (copied from an e-paper or a PDF at a fixed width), whether its wraps are single newlines or blank lines.
///
/// A wrapper breaks a line only when the next word does not fit on it. So in hard-wrapped text a line the next
/// word would have fit on was ended on purpose (a paragraph's end, a title, a heading), and every other line
/// continues into the next. Text is taken as hard-wrapped when it is narrow, many of its lines are full in this
/// sense and most full lines break off mid-sentence; text with a paragraph per line has lines of every length,
/// and the few that come near the longest end a sentence.
enum HardWrapJoiner {
    struct Line: Sendable, Hashable {
        /// Trimmed, runs of whitespace made one space, never empty.
        var text: String
        /// The line's number in the file, from 1.
        var number: Int
        /// Whether blank lines come between this line and the one before it.
        var followsBlank: Bool
    }

    /// Wrappers break news text at 60 to 100 characters; text whose lines are all narrower or wider is not hard-wrapped.
    static let wrapWidths = 40...120

    struct Grouping: Sendable, Hashable {
        var blocks: [RawBlock]
        /// Whether the text was taken as hard-wrapped: then the lines of a block continue one another.
        var isHardWrapped: Bool
    }

    static func blocks(of lines: [Line]) -> Grouping {
        let (continues, isHardWrapped) = continuations(of: lines)
        var blocks: [RawBlock] = []
        for (index, line) in lines.enumerated() {
            if index > 0, continues[index - 1] {
                blocks[blocks.count - 1].lines.append(line.text)
            } else {
                blocks.append(RawBlock(kind: .paragraph, lines: [line.text], firstLine: line.number))
            }
        }
        return Grouping(blocks: blocks, isHardWrapped: isHardWrapped)
    }

    /// For each line but the last, whether the next line belongs to the same block; and whether the text is hard-wrapped.
    private static func continuations(of lines: [Line]) -> ([Bool], Bool) {
        let sameBlock = lines.dropFirst().map { !$0.followsBlank }
        let lengths = lines.map { $0.text.unicodeScalars.count }
        guard let width = lengths.max(), wrapWidths.contains(width), lines.count > 2 else { return (sameBlock, false) }
        let full = zip(lines, lines.dropFirst()).enumerated().map { index, pair in
            lengths[index] + 1 + firstWordLength(of: pair.1.text) > width
        }
        let fullCount = full.count { $0 }
        let midSentence = zip(full, lines).count { isFull, line in isFull && !endsSentence(line.text) }
        // A third: a paragraph of two wrapped lines has one full line and one that is not.
        guard fullCount >= 2, fullCount * 3 >= full.count, midSentence * 2 >= fullCount else { return (sameBlock, false) }
        // When no two lines touch, blank lines are the wraps; otherwise they separate paragraphs, as usual.
        let blankLinesWrap = !sameBlock.contains(true)
        return (zip(full, sameBlock).map { isFull, touches in isFull && (touches || blankLinesWrap) }, true)
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "؟", "…"]

    private static func endsSentence(_ line: String) -> Bool {
        RawArticleParser.lastMark(of: line).map(sentenceEnds.contains) ?? false
    }

    private static func firstWordLength(of text: String) -> Int {
        var length = 0
        for scalar in text.unicodeScalars {
            if scalar == " " { break }
            length += 1
        }
        return length
    }
}
