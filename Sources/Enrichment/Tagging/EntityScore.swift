/// Entity-level precision, recall and F1: an entity counts when its start, end and type all match.
public struct EntityScore: Sendable {
    public private(set) var gold = 0
    public private(set) var predicted = 0
    public private(set) var correct = 0

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Scores one sentence of well-formed labels, counting only entity types in `types`
    /// (1 PERS, 2 LOC, 3 ORG, 4 MISC).
    mutating func add(gold goldTags: [Int], predicted predictedTags: [Int], types: Set<Int>) {
        let goldSpans = Self.spans(goldTags).filter { types.contains($0.type) }
        let predictedSpans = Self.spans(predictedTags).filter { types.contains($0.type) }
        gold += goldSpans.count
        predicted += predictedSpans.count
        correct += goldSpans.intersection(predictedSpans).count
    }

    private struct Span: Hashable {
        let range: Range<Int>
        let type: Int
    }

    private static func spans(_ tags: [Int]) -> Set<Span> {
        Set(EntityTagSet.spans(of: tags).map { Span(range: $0.range, type: $0.type) })
    }
}
