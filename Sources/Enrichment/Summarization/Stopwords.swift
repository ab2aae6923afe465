import ArabicText

/// Function words left out when sentences are compared, held by matching key so that
/// `إلى` and `الى` are one stopword.
enum Stopwords {
    static let keys: Set<String> = Set(ArabicStopwords.words.map(MatchingKey.of))
}
