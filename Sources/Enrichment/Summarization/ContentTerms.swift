import ArabicText

/// The words of a sentence that carry its topic, as compared between sentences: each word's
/// stem without proclitics (so `والقاهرة` and `القاهرة` are one term), by matching key, with
/// stopwords, numbers and single letters left out.
enum ContentTerms {
    private static let tokenizer = Tokenizer()

    static func of(_ sentence: String) -> [String] {
        tokenizer.tokens(in: sentence).compactMap { token in
            guard token.kind == .word else { return nil }
            let key = MatchingKey.of(String(token.text))
            guard !Stopwords.keys.contains(key) else { return nil }
            let stem = MatchingKey.of(String(Clitics.split(token.text).stem))
            guard stem.count > 1, !Stopwords.keys.contains(stem) else { return nil }
            return stem
        }
    }

    /// Words and numbers, the units a word budget counts.
    static func wordCount(of sentence: String) -> Int {
        tokenizer.tokens(in: sentence).count { $0.kind == .word || $0.kind == .number }
    }
}
