// The sentence splitter and the tokenizer (with and without clitic splitting), on text decoded as the build
// decodes a file (bytes that are not UTF-8 become U+FFFD), on the whole text and on a slice of it, and
// `ArticleText`, which cuts every article for the summarizer and the entity model. Checked: sentences and
// tokens are slices of the text, in order, never overlapping; no sentence holds a line break; the splitter
// loses nothing but whitespace; between tokens there is only whitespace.
import Enrichment
import FuzzSupport
@testable import ArabicText

let splitter = SentenceSplitter()
let tokenizers = [Tokenizer(splitsClitics: false), Tokenizer(splitsClitics: true)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = fuzzInput(start, count)
    let text = String(decoding: bytes, as: UTF8.self)
    check(Substring(text))
    // A slice starting after the first scalar: offsets must count from the slice, not from its string.
    check(text.unicodeScalars.dropFirst().isEmpty ? Substring() : Substring(text.unicodeScalars.dropFirst()))
    let (title, body) = text.firstIndex(of: "\n").map { (String(text[..<$0]), String(text[$0...])) } ?? (nil, text)
    let article = ArticleText(title: title, body: body)
    for sentence in article.sentences {
        require(sentence.tokens.count == sentence.keys.count, "a key per token")
    }
    return 0
}

func check(_ text: Substring) {
    let sentences = splitter.sentences(in: text)
    var covered = text.startIndex
    var kept = 0
    for sentence in sentences {
        require(!sentence.text.isEmpty, "an empty sentence")
        require(sentence.range.lowerBound >= covered && sentence.range.upperBound <= text.endIndex, "sentences out of order")
        require(!sentence.text.unicodeScalars.contains(where: ArabicLetters.isNewline), "a line break inside a sentence")
        require(!ArabicLetters.isWhitespace(sentence.text.unicodeScalars.first!)
                && !ArabicLetters.isWhitespace(sentence.text.unicodeScalars.last!), "an untrimmed sentence")
        // Between sentences only whitespace is left out.
        require(text.unicodeScalars[covered..<sentence.range.lowerBound].allSatisfy(ArabicLetters.isWhitespace),
                "text lost between sentences")
        covered = sentence.range.upperBound
        kept += sentence.text.unicodeScalars.count
    }
    require(text.unicodeScalars[covered...].allSatisfy(ArabicLetters.isWhitespace), "text lost after the last sentence")
    require(splitter.strings(in: text) == sentences.map { String($0.text) }, "strings differ from sentences")

    for tokenizer in tokenizers {
        var end = text.startIndex
        for token in tokenizer.tokens(in: text) {
            require(!token.text.isEmpty, "an empty token")
            require(token.range.lowerBound >= end && token.range.upperBound <= text.endIndex, "tokens out of order")
            require(text.unicodeScalars[end..<token.range.lowerBound].allSatisfy(ArabicLetters.isWhitespace),
                    "a gap between tokens that is not whitespace")
            if token.kind == .punctuation { require(token.text.unicodeScalars.count == 1, "punctuation of several scalars") }
            end = token.range.upperBound
        }
        require(text.unicodeScalars[end...].allSatisfy(ArabicLetters.isWhitespace), "text lost after the last token")
    }
    _ = MatchingKey.of(text)
}
