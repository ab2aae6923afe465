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

/// The longest summary Mujaz shows or writes, in characters: several times a news lead, so that only a text
/// without sentence ends (a 50 MB one-line paragraph) is ever cut, and a page, feed or briefing listing it stays small.
public enum SummaryCap {
    public static let characters = 1_000

    /// `summary` when it is short enough; otherwise cut after its last sentence end that keeps at least half
    /// of the allowance, else at its last space, with `…` after a cut mid-sentence; inside a word only when one
    /// word is longer than the whole allowance.
    public static func capped(_ summary: String) -> String {
        // UTF-8 bytes are at least as many as characters, and counted at once: the usual summary stops here.
        guard summary.utf8.count > characters, summary.count > characters else { return summary }
        let allowed = summary.prefix(characters)
        let half = allowed.index(allowed.startIndex, offsetBy: characters / 2)
        if let end = allowed[half...].lastIndex(where: { ".!?؟…".contains($0) }) {
            return String(allowed[...end])
        }
        guard let space = allowed.lastIndex(of: " ") else { return String(allowed) + "…" }
        return String(allowed[..<space]) + "…"
    }
}
