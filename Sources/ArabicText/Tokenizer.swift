/// Splits text into words, numbers and punctuation, keeping every token a slice of the input.
///
/// Punctuation is always its own token, one character each, as in the ANERcorp convention; clitics stay on
/// their word unless `splitsClitics` is set, in which case the proclitics that `Clitics.split` recognizes
/// become tokens of their own.
public struct Tokenizer: Sendable {
    public var splitsClitics: Bool

    public init(splitsClitics: Bool = false) {
        self.splitsClitics = splitsClitics
    }

    public func tokens(in text: some StringProtocol) -> [Token] {
        let text = Substring(text)
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if ArabicLetters.isWordCharacter(character) {
                let end = wordEnd(in: text, from: index)
                appendWord(text[index..<end], to: &tokens)
                index = end
            } else if ArabicLetters.isDigit(character) {
                let end = numberEnd(in: text, from: index)
                tokens.append(Token(text: text[index..<end], kind: .number))
                index = end
            } else {
                let end = text.index(after: index)
                tokens.append(Token(text: text[index..<end], kind: .punctuation))
                index = end
            }
        }
        return tokens
    }

    /// Tokens' texts only, the form a sequence tagger reads.
    public func words(in text: some StringProtocol) -> [String] {
        tokens(in: text).map { String($0.text) }
    }

    private func wordEnd(in text: Substring, from start: String.Index) -> String.Index {
        var index = start
        while index < text.endIndex,
              ArabicLetters.isWordCharacter(text[index]) || ArabicLetters.isDigit(text[index]) {
            index = text.index(after: index)
        }
        return index
    }

    private func numberEnd(in text: Substring, from start: String.Index) -> String.Index {
        var index = start
        var end = start
        while index < text.endIndex {
            let character = text[index]
            if ArabicLetters.isDigit(character) {
                index = text.index(after: index)
                end = index
            } else if ArabicLetters.isNumberSeparator(character) {
                // A separator belongs to the number only when a digit follows it.
                let next = text.index(after: index)
                guard next < text.endIndex, ArabicLetters.isDigit(text[next]) else { break }
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
