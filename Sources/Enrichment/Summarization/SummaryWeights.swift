/// How much each signal counts when a sentence is scored. The figures were chosen on the
/// EASC dev articles in round steps and kept few on purpose, so they carry to unseen news.
struct SummaryWeights: Sendable {
    /// Earlier sentences score higher, falling linearly to zero at the end of the document.
    var position = 2.0
    /// The opening sentence of a news article usually states the story: it leads the summary.
    var leadSentence = 3.0
    /// Opening sentences of later paragraphs often introduce a new point.
    var paragraphOpening = 0.25
    /// TextRank centrality, relative to the most central sentence.
    var centrality = 0.5
    /// Share of the title's terms that the sentence repeats.
    var titleOverlap = 0.5
    /// Share of the sentence's terms that belong to named entities, relative to the densest sentence.
    var entityDensity = 0.5
    /// Sentences with fewer words say too little to stand alone in a summary.
    var shortSentenceWords = 6
    /// Sentences with more words spend much of a budget on one point.
    var longSentenceWords = 40
    /// Factor applied to the score of a sentence that is too short or too long.
    var lengthPenalty = 0.5
    /// Maximal marginal relevance: a candidate loses this much per unit of similarity to the
    /// closest sentence already chosen.
    var redundancy = 0.3
    /// A candidate this similar to a chosen sentence is a repetition and never chosen.
    var duplicateSimilarity = 0.9
    /// Only this many sentences from the start are compared and considered: the sentence graph
    /// grows with the square of their number, and a news summary comes from the top anyway.
    var maximumSentences = 300

    static let standard = SummaryWeights()
}
