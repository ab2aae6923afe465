/// A labeled sentence turned into feature rows once, so that training epochs only add and compare numbers.
struct EncodedSentence {
    let tags: [Int]
    private let rows: [Int32]
    private let offsets: [Int]

    /// - Parameter rowsOf: appends the weight rows of a feature (none to leave the feature out).
    init(tags: [Int], attributes: [UInt64], extractor: FeatureExtractor, rowsOf: (UInt64, inout [Int32]) -> Void) {
        self.tags = tags
        var rows: [Int32] = []
        var offsets = [0]
        var features: [UInt64] = []
        for position in tags.indices {
            features.removeAll(keepingCapacity: true)
            extractor.features(of: attributes, count: tags.count, at: position, into: &features)
            for feature in features { rowsOf(feature, &rows) }
            offsets.append(rows.count)
        }
        self.rows = rows
        self.offsets = offsets
    }

    func rows(at position: Int) -> ArraySlice<Int32> {
        rows[offsets[position]..<offsets[position + 1]]
    }

    /// - Parameter outsideBias: subtracted from every `O` score, trading precision for recall.
    func decode(emission: [Float], transitions: [Float], starts: [Float], outsideBias: Float = 0) -> [Int] {
        let tagCount = EntityTagSet.count
        var scores = [Float](repeating: 0, count: tags.count * tagCount)
        for position in tags.indices {
            scores[position * tagCount + EntityTagSet.outside] = -outsideBias
            for row in rows(at: position) {
                let base = Int(row) * tagCount
                for tag in 0..<tagCount { scores[position * tagCount + tag] += emission[base + tag] }
            }
        }
        return ViterbiDecoder.decode(emissions: scores, count: tags.count, transitions: transitions, starts: starts)
    }
}
