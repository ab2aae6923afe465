/// Splits news text into sentences.
///
/// A sentence ends at `.` `!` `?` `؟` `۔` `…` (a run of them, with closing brackets or quotes right after)
/// and at every line break. It does not end at `،` or `؛`, at a period inside a number (`3.5`), at the period
/// of an abbreviation (`د.` `م.` `هـ.`: one letter, or a listed short form), or anywhere inside a quotation
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
        let scalars = Substring(text).unicodeScalars
        var sentences: [Sentence] = []
        var start = scalars.startIndex
        var openQuotes: [Unicode.Scalar] = []   // expected closing marks, innermost last
        var index = scalars.startIndex

        func close(at end: String.Index) {
            if let trimmed = Self.trimmed(scalars[start..<end]) { sentences.append(Sentence(text: trimmed)) }
            start = end
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if ArabicLetters.isNewline(scalar) {
                openQuotes.removeAll()
                close(at: index)
                index = next
            } else if let closing = openQuotes.last, scalar == closing {
                openQuotes.removeLast()
                // «…انتهى.» ends the sentence it closes: the quotation's own terminator counts once it is closed.
                if openQuotes.isEmpty, let last = scalars[start..<index].lastIndex(where: { !ArabicLetters.isWhitespace($0) }),
                   Self.isTerminator(scalars[last]), !endsAbbreviation(scalars, at: last) {
                    close(at: next)
                }
                index = next
            } else if let closing = Self.closingQuote(of: scalar) {
                openQuotes.append(closing)
                index = next
            } else if openQuotes.isEmpty, Self.isTerminator(scalar),
                      !isInsideNumber(scalars, at: index), !endsAbbreviation(scalars, at: index) {
                var end = next
                while end < scalars.endIndex, Self.isTerminator(scalars[end]) || Self.isCloser(scalars[end]) {
                    end = scalars.index(after: end)
                }
                close(at: end)
                index = end
            } else {
                index = next
            }
        }
        close(at: scalars.endIndex)
        return sentences
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
        if partLetters == 1 { return true }
        guard partLength <= longestAbbreviation || scalars[wordStart..<index].count <= longestAbbreviation else { return false }
        return abbreviations.contains(String(Substring(scalars[wordStart..<index])))
            || abbreviations.contains(String(Substring(scalars[partStart..<partEnd])))
    }

    private static func trimmed(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Substring? {
        guard let first = scalars.firstIndex(where: { !ArabicLetters.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ArabicLetters.isWhitespace($0) }) else { return nil }
        return Substring(scalars[first...last])
    }
}
