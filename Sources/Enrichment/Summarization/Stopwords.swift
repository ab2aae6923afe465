import ArabicText

/// Function words left out when sentences are compared, held by matching key so that
/// `إلى` and `الى` are one stopword.
enum Stopwords {
    static let keys: Set<ByteKey> = Set(ArabicStopwords.words.map { ByteKey(MatchingKey.of($0)) })
}
