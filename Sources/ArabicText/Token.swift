/// One token of a text, as a slice of the original: nothing is rewritten, so `range` points back into the
/// source and the gaps between tokens are exactly the whitespace that was skipped.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters (Arabic or other scripts), possibly with digits after the first letter (`F16`).
        case word
        /// Digits with the separators inside them (`3.5`, `١٬٠٠٠`).
        case number
        /// A conjunction, preposition or article split off a word (only when the tokenizer splits clitics).
        case proclitic
        /// Any other single character: punctuation, symbols.
        case punctuation
    }

    public var text: Substring
    public var kind: Kind

    public init(text: Substring, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// Where the token sits in the string it was cut from.
    public var range: Range<String.Index> { text.startIndex..<text.endIndex }
}
