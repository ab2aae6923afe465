/// How long an extractive summary may be.
public enum SummaryLength: Sendable, Hashable {
    /// At most this many whole sentences.
    case sentences(Int)
    /// Whole sentences until the summary reaches about this many words: the last sentence
    /// may run past the budget, because a budget is filled, not left half empty.
    case words(Int)

    /// The length of the summary shown on the site.
    public static let site = SummaryLength.sentences(2)
}

extension SummaryLength {
    var allowsAnySentence: Bool {
        switch self {
        case .sentences(let count): count > 0
        case .words(let count): count > 0
        }
    }

    func isReached(sentences: Int, words: Int) -> Bool {
        switch self {
        case .sentences(let limit): sentences >= limit
        case .words(let limit): words >= limit
        }
    }
}
