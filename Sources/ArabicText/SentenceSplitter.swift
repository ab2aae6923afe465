/// Splits news text into sentences.
///
/// A sentence ends at `.` `!` `?` `؟` `۔` `…` (a run of them, with closing brackets or quotes right after)
/// and at every line break. It does not end at `،` or `؛`, at a period inside a number (`3.5`), at the period
/// of an abbreviation (`د.` `م.` `أ.د.`: one letter, or a listed short form; but a letter right after a number is
/// a unit, as in `عام 1988م.`, and its period ends the sentence), or anywhere inside a quotation
/// (`«…»`, `"…"`, `“…”`); a quotation left open is closed by the end of its line, so one stray quote mark
/// cannot swallow a paragraph.
public struct SentenceSplitter: Sendable {
    /// Short forms that end with a period without ending the sentence, besides single letters.
    public var abbreviations: Set<String> {
        didSet { longestAbbreviation = Self.longest(abbreviations) }
    }
    /// Scalars in the longest abbreviation: a longer word before a period is none, and no string is made for it.
    private var longestAbbreviation: Int

    public static let newsAbbreviations: Set<String> = [
        "هـ", "ص.ب", "ت", "ج.م.ع", "إلخ", "الخ", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Inc", "Ltd", "Co", "vs", "etc",
    ]

    public init(abbreviations: Set<String> = SentenceSplitter.newsAbbreviations) {
        self.abbreviations = abbreviations
        longestAbbreviation = Self.longest(abbreviations)
    }

    private static func longest(_ abbreviations: Set<String>) -> Int {
        abbreviations.map(\.unicodeScalars.count).max() ?? 0
    }

    // Asked of every scalar of the text: plain switches, which cost far less than hashed sets.
    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{061F}", "\u{06D4}", "\u{2026}": true
        default: false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ")", "]", "»", "”", "\"", "'", "’": true
        default: false
        }
    }

    /// The mark that closes a quotation opened by `scalar`, if it opens one.
    private static func closingQuote(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "«": "»"
        case "“": "”"
        case "\"": "\""
        default: nil
        }
    }

    public func sentences(in text: some StringProtocol) -> [Sentence] {
        let text = Substring(text)
        // Read as UTF-8 bytes, decoding each scalar in place: walking the scalar view checks every index it is
        // given, which was most of the splitter's time. The rare checks at a period still use the view.
        return text.withUTF8Scalars { sentences(in: $0, of: text) }
    }

    private func sentences(in scalars: UTF8Scalars, of text: Substring) -> [Sentence] {
        let view = text.unicodeScalars
        func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        var sentences: [Sentence] = []
        var start = 0
        var openQuotes: [Unicode.Scalar] = []   // expected closing marks, innermost last
        var position = 0

        func close(at end: Int) {
            if let trimmed = Self.trimmed(view[index(start)..<index(end)]) { sentences.append(Sentence(text: trimmed)) }
            start = end
        }

        while position < scalars.count {
            let (scalar, next) = scalars.scalar(at: position)
            if ArabicLetters.isNewline(scalar) {
                openQuotes.removeAll()
                close(at: position)
                position = next
            } else if let closing = openQuotes.last, scalar == closing {
                openQuotes.removeLast()
                // «…انتهى.» ends the sentence it closes: the quotation's own terminator counts once it is closed.
                if openQuotes.isEmpty, let last = Self.lastNonWhitespace(in: scalars, from: start, before: position),
                   Self.isTerminator(scalars.scalar(at: last).scalar), !endsAbbreviation(view, at: index(last)) {
                    close(at: next)
                }
                position = next
            } else if let closing = Self.closingQuote(of: scalar) {
                openQuotes.append(closing)
                position = next
            } else if openQuotes.isEmpty, Self.isTerminator(scalar),
                      !isInsideNumber(view, at: index(position)), !endsAbbreviation(view, at: index(position)) {
                var end = next
                while end < scalars.count, case let (following, after) = scalars.scalar(at: end),
                      Self.isTerminator(following) || Self.isCloser(following) {
                    end = after
                }
                close(at: end)
                position = end
            } else {
                position = next
            }
        }
        close(at: scalars.count)
        return sentences
    }

    /// The offset of the last scalar in `start..<end` that is not whitespace, walking back over UTF-8.
    private static func lastNonWhitespace(in scalars: UTF8Scalars, from start: Int, before end: Int) -> Int? {
        var position = end
        while position > start {
            position -= 1
            while position > start, scalars.bytes[position] & 0xC0 == 0x80 { position -= 1 }
            if !ArabicLetters.isWhitespace(scalars.scalar(at: position).scalar) { return position }
        }
        return nil
    }

    /// The sentences' texts only.
    public func strings(in text: some StringProtocol) -> [String] {
        sentences(in: text).map { String($0.text) }
    }

    private func isInsideNumber(_ scalars: Substring.UnicodeScalarView, at index: String.Index) -> Bool {
        guard scalars[index] == ".", index > scalars.startIndex else { return false }
        let next = scalars.index(after: index)
        return next < scalars.endIndex && ArabicLetters.isDigit(scalars[scalars.index(before: index)])
            && ArabicLetters.isDigit(scalars[next])
    }

    /// A period right after a single letter (`د.` `م.` `أ.د.`) or a listed short form.
    private func endsAbbreviation(_ scalars: Substring.UnicodeScalarView, at index: String.Index) -> Bool {
        guard scalars[index] == "." else { return false }
        var wordStart = index
        while wordStart > scalars.startIndex {
            let previous = scalars.index(before: wordStart)
            let scalar = scalars[previous]
            guard ArabicLetters.isWordScalar(scalar) || scalar == "." else { break }
            wordStart = previous
        }
        guard wordStart < index else { return false }
        // The word's last part: what follows its last inner period (`أ.د` → `د`), periods at its end left out.
        var partEnd = index
        while partEnd > wordStart, scalars[scalars.index(before: partEnd)] == "." { partEnd = scalars.index(before: partEnd) }
        var partStart = partEnd
        var partLength = 0, partLetters = 0
        while partStart > wordStart, scalars[scalars.index(before: partStart)] != "." {
            partStart = scalars.index(before: partStart)
            partLength += 1
            if scalars[partStart] != ArabicLetters.tatweel { partLetters += 1 }
        }
        // `1988م.` `1445 هـ.` `5000 م.`: a letter after a number is its unit (a calendar, metres), not an
        // initial, and its period ends the sentence (every such period does in the EASC articles). `ق` is
        // `قبل` of an era (`300 ق.م.`, `2550 ق. م،`), which goes on.
        if partLetters == 1 {
            let isUnit = partStart == wordStart && scalars[partStart] != "ق" && Self.followsNumber(scalars, at: wordStart)
            return !isUnit
        }
        guard partLength <= longestAbbreviation || scalars[wordStart..<index].count <= longestAbbreviation else { return false }
        return abbreviations.contains(String(Substring(scalars[wordStart..<index])))
            || abbreviations.contains(String(Substring(scalars[partStart..<partEnd])))
    }

    /// Whether a number ends right before `index`, next to it or one space away.
    private static func followsNumber(_ scalars: Substring.UnicodeScalarView, at index: String.Index) -> Bool {
        guard index > scalars.startIndex else { return false }
        var previous = scalars.index(before: index)
        if scalars[previous] == " ", previous > scalars.startIndex { previous = scalars.index(before: previous) }
        return ArabicLetters.isDigit(scalars[previous])
    }

    private static func trimmed(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Substring? {
        guard let first = scalars.firstIndex(where: { !ArabicLetters.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ArabicLetters.isWhitespace($0) }) else { return nil }
        return Substring(scalars[first...last])
    }
}
