/// Splits news text into sentences.
///
/// A sentence ends at `.` `!` `?` `؟` `۔` `…` (a run of them, with closing brackets or quotes right after)
/// and at every line break. It does not end at `،` or `؛`, at a period inside a number (`3.5`), at the period
/// of an abbreviation (`د.` `م.` `هـ.`: one letter, or a listed short form), or anywhere inside a quotation
/// (`«…»`, `"…"`, `“…”`); a quotation left open is closed by the end of its line, so one stray quote mark
/// cannot swallow a paragraph.
public struct SentenceSplitter: Sendable {
    /// Short forms that end with a period without ending the sentence, besides single letters.
    public var abbreviations: Set<String>

    public static let newsAbbreviations: Set<String> = [
        "هـ", "ص.ب", "ت", "ج.م.ع", "إلخ", "الخ", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Inc", "Ltd", "Co", "vs", "etc",
    ]

    public init(abbreviations: Set<String> = SentenceSplitter.newsAbbreviations) {
        self.abbreviations = abbreviations
    }

    private static let terminators: Set<Character> = [".", "!", "?", "\u{061F}", "\u{06D4}", "\u{2026}"]
    private static let closers: Set<Character> = [")", "]", "»", "”", "\"", "'", "’"]
    private static let quotePairs: [Character: Character] = ["«": "»", "“": "”", "\"": "\""]

    public func sentences(in text: some StringProtocol) -> [Sentence] {
        let text = Substring(text)
        var sentences: [Sentence] = []
        var start = text.startIndex
        var openQuotes: [Character] = []   // expected closing marks, innermost last
        var index = text.startIndex

        func close(at end: String.Index) {
            let trimmed = Self.trimmed(text[start..<end])
            if !trimmed.isEmpty { sentences.append(Sentence(text: trimmed)) }
            start = end
        }

        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isNewline {
                openQuotes.removeAll()
                close(at: index)
                index = next
            } else if let closing = openQuotes.last, character == closing {
                openQuotes.removeLast()
                // «…انتهى.» ends the sentence it closes: the quotation's own terminator counts once it is closed.
                let quoted = text[start..<index]
                if openQuotes.isEmpty, let last = quoted.last(where: { !$0.isWhitespace }), Self.terminators.contains(last),
                   let lastIndex = quoted.lastIndex(of: last), !endsAbbreviation(text, at: lastIndex) {
                    close(at: next)
                }
                index = next
            } else if let closing = Self.quotePairs[character] {
                openQuotes.append(closing)
                index = next
            } else if openQuotes.isEmpty, Self.terminators.contains(character),
                      !isInsideNumber(text, at: index), !endsAbbreviation(text, at: index) {
                var end = next
                while end < text.endIndex, Self.terminators.contains(text[end]) || Self.closers.contains(text[end]) {
                    end = text.index(after: end)
                }
                close(at: end)
                index = end
            } else {
                index = next
            }
        }
        close(at: text.endIndex)
        return sentences
    }

    /// The sentences' texts only.
    public func strings(in text: some StringProtocol) -> [String] {
        sentences(in: text).map { String($0.text) }
    }

    private func isInsideNumber(_ text: Substring, at index: String.Index) -> Bool {
        guard text[index] == ".", index > text.startIndex else { return false }
        let next = text.index(after: index)
        return next < text.endIndex && ArabicLetters.isDigit(text[text.index(before: index)])
            && ArabicLetters.isDigit(text[next])
    }

    /// A period right after a single letter (`د.` `م.` `أ.د.`) or a listed short form.
    private func endsAbbreviation(_ text: Substring, at index: String.Index) -> Bool {
        guard text[index] == "." else { return false }
        var wordStart = index
        while wordStart > text.startIndex {
            let previous = text.index(before: wordStart)
            let character = text[previous]
            guard ArabicLetters.isWordCharacter(character) || character == "." else { break }
            wordStart = previous
        }
        let word = text[wordStart..<index]
        guard !word.isEmpty else { return false }
        let lastPart = word.split(separator: ".").last.map(String.init) ?? ""
        let letters = lastPart.unicodeScalars.filter { $0 != ArabicLetters.tatweel }
        return letters.count == 1 || abbreviations.contains(String(word)) || abbreviations.contains(lastPart)
    }

    private static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        return text[first...last]
    }
}
