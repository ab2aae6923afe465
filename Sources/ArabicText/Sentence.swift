/// One sentence of a text: a slice of the original, without surrounding whitespace.
public struct Sentence: Sendable, Hashable {
    public var text: Substring

    public init(text: Substring) {
        self.text = text
    }

    /// Where the sentence sits in the string it was cut from.
    public var range: Range<String.Index> { text.startIndex..<text.endIndex }
}
