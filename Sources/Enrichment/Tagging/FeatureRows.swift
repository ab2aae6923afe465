/// The weight rows of one pass's features. With one training source, a row per feature. With several, each
/// feature also gets a row per source that fired it (the feature augmentation of Daumé III, "Frustratingly easy
/// domain adaptation"): what the sources agree on is learned in the shared row, their conventions in their own.
/// The shipped weights of a feature are its shared row plus its row of source 0, the text Mujaz tags, so the
/// tagger reads one row per feature whatever the training was.
struct FeatureRows {
    private(set) var count = 0
    private(set) var shared: [UInt64: Int32] = [:]
    private var bySource: [[UInt64: Int32]]

    init(sources: Int) {
        bySource = Array(repeating: [:], count: sources > 1 ? sources : 0)
    }

    /// The rows of `feature` in a sentence of `source`, made when missing.
    mutating func rows(of feature: UInt64, source: Int, into rows: inout [Int32]) {
        rows.append(Self.row(of: feature, in: &shared, count: &count))
        if source < bySource.count { rows.append(Self.row(of: feature, in: &bySource[source], count: &count)) }
    }

    /// The rows `feature` reads in text to tag (source 0); none for a feature training never saw.
    func targetRows(of feature: UInt64, into rows: inout [Int32]) {
        guard let row = shared[feature] else { return }
        rows.append(row)
        if let own = bySource.first?[feature] { rows.append(own) }
    }

    /// The shared features with their shipped weights: the shared row plus source 0's row.
    func folded(_ trained: PerceptronWeights.Snapshot) -> (keys: [UInt64], weights: PerceptronWeights.Snapshot) {
        let tags = EntityTagSet.count
        let features = shared.sorted { $0.value < $1.value }
        var emission = [Float](repeating: 0, count: features.count * tags)
        for (index, (feature, row)) in features.enumerated() {
            let own = bySource.first?[feature]
            for tag in 0..<tags {
                emission[index * tags + tag] = trained.emission[Int(row) * tags + tag]
                    + (own.map { trained.emission[Int($0) * tags + tag] } ?? 0)
            }
        }
        return (features.map(\.key),
                PerceptronWeights.Snapshot(emission: emission, transitions: trained.transitions, starts: trained.starts))
    }

    /// The row of `feature` in `table`, numbered next (`count`) when new; in place, so no table is copied.
    private static func row(of feature: UInt64, in table: inout [UInt64: Int32], count: inout Int) -> Int32 {
        if let row = table[feature] { return row }
        let row = Int32(count)
        table[feature] = row
        count += 1
        return row
    }
}
