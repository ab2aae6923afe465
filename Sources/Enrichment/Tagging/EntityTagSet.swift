/// The IOB2 labels the tagger learns and writes. The label order is part of the model file format.
/// (BILOU labels were tried and scored lower on the tuning set with this amount of training text.)
enum EntityTagSet {
    static let typeNames = ["PERS", "LOC", "ORG", "MISC"]
    static let iob2Names = ["O"] + typeNames.flatMap { ["B-\($0)", "I-\($0)"] }
    static let count = iob2Names.count
    static let outside = 0

    /// The entity type of a label (1 PERS, 2 LOC, 3 ORG, 4 MISC), 0 for `O`.
    static func entityType(of label: Int) -> Int { (label + 1) / 2 }

    private static func isInside(_ label: Int) -> Bool { label != outside && label % 2 == 0 }

    /// `I-X` continues only `B-X` or `I-X`.
    static func canFollow(_ previous: Int?, _ label: Int) -> Bool {
        guard isInside(label) else { return true }
        guard let previous, previous != outside else { return false }
        return entityType(of: previous) == entityType(of: label)
    }

    static func iob2Name(of label: Int) -> String { iob2Names[label] }

    /// The entities of a well-formed label sequence: token range and type.
    static func spans(of labels: [Int]) -> [(range: Range<Int>, type: Int)] {
        var spans: [(range: Range<Int>, type: Int)] = []
        var position = 0
        while position < labels.count {
            guard labels[position] != outside else {
                position += 1
                continue
            }
            let start = position
            position += 1
            while position < labels.count, isInside(labels[position]), canFollow(labels[position - 1], labels[position]) {
                position += 1
            }
            spans.append((start..<position, entityType(of: labels[start])))
        }
        return spans
    }

    /// Labels for one sentence's IOB2 tags, reading an `I-X` that does not continue an `X` as `B-X`
    /// (as conlleval does); fails at the first tag that is not IOB2.
    static func labels(fromIOB2 tags: [String]) -> Result<[Int], UnknownTag> {
        var labels: [Int] = []
        for (position, tag) in tags.enumerated() {
            guard var label = iob2Names.firstIndex(of: tag) else { return .failure(UnknownTag(position: position)) }
            if !canFollow(labels.last, label) { label -= 1 }
            labels.append(label)
        }
        return .success(labels)
    }

    struct UnknownTag: Error {
        let position: Int
    }
}
