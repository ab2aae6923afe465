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
        let text = Substring(text)
        // The text is read as UTF-8 bytes, decoding each scalar in place: walking the scalar view checks every
        // index it is given (a fifth of the tokenizer's time went there).
        return text.withUTF8Scalars { tokens(in: $0, of: text) }
    }

    private func tokens(in scalars: UTF8Scalars, of text: Substring) -> [Token] {
        var tokens: [Token] = []
        // Token bounds become string indices by moving one cursor forward, so the whole walk stays linear.
        var cursor = (offset: 0, index: text.utf8.startIndex)
        func slice(_ start: Int, _ end: Int) -> Substring {
            let lower = text.utf8.index(cursor.index, offsetBy: start - cursor.offset)
            let upper = text.utf8.index(lower, offsetBy: end - start)
            cursor = (end, upper)
            return Substring(text.unicodeScalars[lower..<upper])
        }
        var position = 0
        while position < scalars.count {
            let (scalar, next) = scalars.scalar(at: position)
            if ArabicLetters.isWhitespace(scalar) {
                position = next
            } else if ArabicLetters.isWordScalar(scalar) {
                let end = wordEnd(in: scalars, from: next, after: scalar)
                appendWord(slice(position, end), to: &tokens)
                position = end
            } else if ArabicLetters.isDigit(scalar) {
                let end = numberEnd(in: scalars, from: next)
                tokens.append(Token(text: slice(position, end), kind: .number))
                position = end
            } else {
                tokens.append(Token(text: slice(position, next), kind: .punctuation))
                position = next
            }
        }
        return tokens
    }

    /// Tokens' texts only, the form a sequence tagger reads.
    public func words(in text: some StringProtocol) -> [String] {
        tokens(in: text).map { String($0.text) }
    }

    /// Where the word that goes on at `start` ends (`start` follows its first scalar, `first`). A word also ends where
    /// Arabic letters meet Latin ones: copied text loses the space there (`La Scalaفى ميلان`, `أوبراTurandot`),
    /// and no word mixes the two scripts.
    private func wordEnd(in scalars: UTF8Scalars, from start: Int, after first: Unicode.Scalar) -> Int {
        var position = start
        var script = WritingScript.of(first)
        while position < scalars.count {
            let (scalar, next) = scalars.scalar(at: position)
            guard ArabicLetters.isWordScalar(scalar) || ArabicLetters.isDigit(scalar) else { break }
            let scalarScript = WritingScript.of(scalar)
            if scalarScript != .other {
                if script != .other, scalarScript != script { break }
                script = scalarScript
            }
            position = next
        }
        return position
    }

    /// Where the number that goes on at `start` ends (`start` follows its first digit).
    private func numberEnd(in scalars: UTF8Scalars, from start: Int) -> Int {
        var position = start
        var end = start
        while position < scalars.count {
            let (scalar, next) = scalars.scalar(at: position)
            if ArabicLetters.isDigit(scalar) {
                position = next
                end = position
            } else if ArabicLetters.isNumberSeparator(scalar) {
                // A separator belongs to the number only when a digit follows it.
                guard next < scalars.count, ArabicLetters.isDigit(scalars.scalar(at: next).scalar) else { break }
                position = next
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
        // A stem too short after the article keeps starting after it, the article dropped (search and the
        // summarizer rely on that cut: `الخ` → `خ`); as tokens, that would lose letters, so such a word stays whole.
        guard split.stem.startIndex == split.proclitics.last?.endIndex ?? word.startIndex else {
            tokens.append(Token(text: word, kind: .word))
            return
        }
        for proclitic in split.proclitics {
            tokens.append(Token(text: proclitic, kind: .proclitic))
        }
        tokens.append(Token(text: split.stem, kind: .word))
    }
}
