/// Splits text into words, numbers and punctuation, keeping every token a slice of the input.
///
/// Punctuation is always its own token, one scalar each, as in the ANERcorp convention; clitics stay on
/// their word unless `splitsClitics` is set, in which case the proclitics that `Clitics.split` recognizes
/// become tokens of their own. The text is read scalar by scalar, so token bounds are exact even inside
/// odd grapheme clusters, and concatenating tokens and the whitespace between them gives the input back.
public struct Tokenizer: Sendable {
    public var splitsClitics: Bool

    public init(splitsClitics: Bool = false) {
        self.splitsClitics = splitsClitics
    }

    public func tokens(in text: some StringProtocol) -> [Token] {
        let scalars = Substring(text).unicodeScalars
        var tokens: [Token] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if ArabicLetters.isWhitespace(scalar) {
                index = scalars.index(after: index)
            } else if ArabicLetters.isWordScalar(scalar) {
                let end = wordEnd(in: scalars, from: index)
                appendWord(Substring(scalars[index..<end]), to: &tokens)
                index = end
            } else if ArabicLetters.isDigit(scalar) {
                let end = numberEnd(in: scalars, from: index)
                tokens.append(Token(text: Substring(scalars[index..<end]), kind: .number))
                index = end
            } else {
                let end = scalars.index(after: index)
                tokens.append(Token(text: Substring(scalars[index..<end]), kind: .punctuation))
                index = end
            }
        }
        return tokens
    }

    /// Tokens' texts only, the form a sequence tagger reads.
    public func words(in text: some StringProtocol) -> [String] {
        tokens(in: text).map { String($0.text) }
    }

    private func wordEnd(in scalars: Substring.UnicodeScalarView, from start: String.Index) -> String.Index {
        var index = start
        while index < scalars.endIndex, ArabicLetters.isWordScalar(scalars[index]) || ArabicLetters.isDigit(scalars[index]) {
            index = scalars.index(after: index)
        }
        return index
    }

    private func numberEnd(in scalars: Substring.UnicodeScalarView, from start: String.Index) -> String.Index {
        var index = start
        var end = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if ArabicLetters.isDigit(scalar) {
                index = scalars.index(after: index)
                end = index
            } else if ArabicLetters.isNumberSeparator(scalar) {
                // A separator belongs to the number only when a digit follows it.
                let next = scalars.index(after: index)
                guard next < scalars.endIndex, ArabicLetters.isDigit(scalars[next]) else { break }
                index = next
            } else {
                break
            }
        }
        return end
    }

    private func appendWord(_ word: Substring, to tokens: inout [Token]) {
        guard splitsClitics else {
            tokens.append(Token(text: word, kind: .word))
            return
        }
        let split = Clitics.split(word)
        for proclitic in split.proclitics {
            tokens.append(Token(text: proclitic, kind: .proclitic))
        }
        tokens.append(Token(text: split.stem, kind: .word))
    }
}
