import Testing
@testable import Enrichment

@Suite struct SummarizerRecurrenceTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var id: String
        /// Words as numbers, as `ContentTerms.Reader` gives them.
        var sentences: [[Int]]
        var expected: [Double]
        var testDescription: String { id }
    }

    @Test(arguments: [
        Row(id: "no word recurs", sentences: [[0, 1], [2, 3]], expected: [0, 0]),
        Row(id: "one shared word of two", sentences: [[0, 1], [0, 3]], expected: [0.25, 0.25]),
        Row(id: "a word twice elsewhere counts more", sentences: [[0], [0], [0, 1]], expected: [0.75, 0.75, 0.375]),
        Row(id: "repeats inside the sentence are not recurrence", sentences: [[0, 0], [1]], expected: [0, 0]),
        Row(id: "an empty sentence", sentences: [[], [0]], expected: [0, 0]),
    ])
    func recurrenceIsTheShareOfWordsMetElsewhere(_ row: Row) {
        let scores = WordRecurrence.scores(of: row.sentences, vocabularySize: 4, decay: 0.5)
        #expect(scores == row.expected)
    }

    /// Two candidates after the opening sentence, equally placed and long: the one whose words the
    /// article goes on to repeat is the better summary sentence.
    @Test func recurrencePullsItsSentenceIn() {
        let paragraphs = [[
            "أعلنت الحكومة خطة جديدة لدعم المزارعين في المحافظات الجنوبية.",
            "وشهدت المدينة أمطارا غزيرة أغلقت عددا من الطرق الفرعية.",
            "وتشمل خطة دعم المزارعين قروضا ميسرة وبذورا محسنة.",
            "وقال وزير الزراعة إن خطة دعم المزارعين تبدأ الشهر المقبل.",
        ]]
        var weights = SummaryWeights.standard
        weights.position = 0
        weights.length = 0
        weights.centrality = 0
        let summary = Summarizer(weights: weights).summarize(paragraphs: paragraphs, length: .sentences(2))
        #expect(summary == [paragraphs[0][0], paragraphs[0][2]] || summary == [paragraphs[0][0], paragraphs[0][3]])
        #expect(!summary.contains(paragraphs[0][1]))
    }

    struct OverrideRow: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: SummaryWeights?
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static func standard(_ change: (inout SummaryWeights) -> Void) -> SummaryWeights {
        var weights = SummaryWeights.standard
        change(&weights)
        return weights
    }

    @Test(arguments: [
        OverrideRow(text: "", expected: .standard),
        OverrideRow(text: "position=2", expected: standard { $0.position = 2 }),
        OverrideRow(text: " recurrence = 0.5 ,length=-0.25", expected: standard { $0.recurrence = 0.5; $0.length = -0.25 }),
        OverrideRow(text: "speed=3", expected: nil),
        OverrideRow(text: "position=fast", expected: nil),
        OverrideRow(text: "position=inf", expected: nil),
        OverrideRow(text: "position", expected: nil),
    ])
    func weightsAreOverriddenByName(_ row: OverrideRow) {
        #expect(SummaryWeights(overrides: row.text) == row.expected)
    }
}
