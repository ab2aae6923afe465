/// A stand-in for the statistical tagger in tests: tags every occurrence of the given phrases (longest match
/// first) with IOB2 tags, so tests state exactly what "the model" said.
struct EntitiesPhraseTagger {
    private let phrases: [(words: [String], label: String)]

    init(_ phrases: [(String, String)]) {
        self.phrases = phrases
            .map { (words: $0.0.split(separator: " ").map(String.init), label: $0.1) }
            .sorted { $0.words.count > $1.words.count }
    }

    func tag(_ tokens: [Substring]) -> [String] {
        var tags = Array(repeating: "O", count: tokens.count)
        var index = 0
        while index < tokens.count {
            let match = phrases.first { phrase in
                index + phrase.words.count <= tokens.count
                    && tokens[index..<(index + phrase.words.count)].map(String.init) == phrase.words
            }
            guard let match else {
                index += 1
                continue
            }
            for offset in match.words.indices {
                tags[index + offset] = (offset == 0 ? "B-" : "I-") + match.label
            }
            index += match.words.count
        }
        return tags
    }
}
