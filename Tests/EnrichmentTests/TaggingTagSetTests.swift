import Testing
@testable import Enrichment

@Suite struct TaggingTagSetTests {
    private func labels(_ tags: [String]) -> [String]? {
        guard case .success(let labels) = EntityTagSet.labels(fromIOB2: tags) else { return nil }
        return labels.map(EntityTagSet.iob2Name(of:))
    }

    @Test(arguments: [
        (id: "well formed", tags: ["B-PERS", "I-PERS", "O", "B-LOC"], expected: ["B-PERS", "I-PERS", "O", "B-LOC"]),
        (id: "I after O opens", tags: ["O", "I-ORG", "I-ORG"], expected: ["O", "B-ORG", "I-ORG"]),
        (id: "I after another type opens", tags: ["B-LOC", "I-ORG"], expected: ["B-LOC", "B-ORG"]),
        (id: "I at sentence start opens", tags: ["I-MISC"], expected: ["B-MISC"]),
    ])
    func readsIOB2LikeConlleval(row: (id: String, tags: [String], expected: [String])) {
        #expect(labels(row.tags) == row.expected, "\(row.id)")
    }

    @Test func unknownTagFailsAtItsPosition() {
        guard case .failure(let unknown) = EntityTagSet.labels(fromIOB2: ["O", "B-PER"]) else {
            Issue.record("B-PER should not parse")
            return
        }
        #expect(unknown.position == 1)
    }

    @Test func spansCoverEachEntity() throws {
        guard case .success(let labels) = EntityTagSet.labels(fromIOB2: ["B-PERS", "I-PERS", "B-PERS", "O", "B-LOC"]) else {
            Issue.record("tags should parse")
            return
        }
        let spans = EntityTagSet.spans(of: labels).map { "\($0.range.lowerBound)-\($0.range.upperBound):\($0.type)" }
        #expect(spans == ["0-2:1", "2-3:1", "4-5:2"])
    }

    @Test func viterbiNeverStartsAnEntityWithI() {
        // I-PERS scores highest on its own at every position, but may not open a sentence or follow O.
        let tags = EntityTagSet.count
        var emissions = [Float](repeating: 0, count: 2 * tags)
        emissions[2] = 5
        emissions[tags + 2] = 5
        emissions[1] = 1
        let path = ViterbiDecoder.decode(emissions: emissions, count: 2,
                                         transitions: Array(repeating: 0, count: tags * tags),
                                         starts: Array(repeating: 0, count: tags))
        #expect(path.map(EntityTagSet.iob2Name(of:)) == ["B-PERS", "I-PERS"])
    }

    @Test func entityScoreCountsExactMatchesOnly() {
        var score = EntityScore()
        score.add(gold: [1, 2, 0, 3], predicted: [1, 0, 0, 3], types: [1, 2, 3])
        #expect(score.gold == 2)
        #expect(score.predicted == 2)
        #expect(score.correct == 1)
    }
}
