/// What the tagger knows about one token on its own, before looking at its neighbours. Each attribute is
/// stored as a feature hash in a flat buffer, `TokenAttribute.allCases.count` slots per token.
enum TokenAttribute: Int, CaseIterable {
    case word
    case key
    case stem
    case bareStem
    case proclitic
    case keyPrefix1, keyPrefix2, keyPrefix3
    case stemPrefix1, stemPrefix2, stemPrefix3
    case suffix1, suffix2, suffix3, suffix4
    case shape
    case length
    case trigger
    case lexiconByKey
    case lexiconByStem
    /// Which name lists know the word (`NameWords`).
    case nameLists
    /// Filled for the second pass only: what the first pass said about the same word elsewhere in the document.
    case documentTags
    case documentPhrase

    static let slotCount = allCases.count
}
