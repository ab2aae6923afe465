/// How much each signal counts when a sentence is scored. The opening sentence is always chosen
/// first; the others compete on these signals. Position, recurrence (with its decay) and length
/// are fitted on the EASC dev articles by `scripts/fit_summarizer.py` (a small grid, checked by
/// cross-validation).
/// Centrality, title overlap, entity density and redundancy stay at zero: on those articles none of
/// them raised the cross-validated ROUGE (the script prints the ablation); they can be switched on
/// where they are shown to help.
public struct SummaryWeights: Sendable, Hashable {
    /// Earlier sentences score higher, falling linearly to zero at the end of the document.
    public var position = 1.0
    /// `WordRecurrence`: how much of the sentence the rest of the article repeats.
    public var recurrence = 2.0
    /// Per other occurrence of a word, the chance that it is missed: `1 - decay^n` is its recurrence.
    public var recurrenceDecay = 0.85
    /// TextRank centrality, relative to the most central sentence.
    public var centrality = 0.0
    /// Per unit of the natural logarithm of the sentence's word count: negative favours short sentences.
    public var length = -0.2
    /// Share of the title's terms that the sentence repeats.
    public var titleOverlap = 0.0
    /// Share of the sentence's terms that belong to named entities, relative to the densest sentence.
    public var entityDensity = 0.0
    /// Maximal marginal relevance: a candidate loses this much per unit of similarity to the
    /// closest sentence already chosen.
    public var redundancy = 0.0
    /// A candidate this similar to a chosen sentence (in terms, when they are compared) is a
    /// repetition and never chosen; one that repeats it word for word never is either way.
    public var duplicateSimilarity = 0.9
    /// Only this many sentences from the start are compared and considered: the sentence graph
    /// grows with the square of their number, and a news summary comes from the top anyway.
    public var maximumSentences = 300

    public init() {}

    /// Whether any signal compares sentences' terms (stems without stopwords); without one, the
    /// summarizer neither stems nor builds the similarity graph.
    var comparesTerms: Bool {
        centrality != 0 || titleOverlap != 0 || entityDensity != 0 || redundancy != 0
    }

    public static let standard = SummaryWeights()
}
