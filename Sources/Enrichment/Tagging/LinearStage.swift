/// One pass of the tagger: feature weights (a row of `EntityTagSet.count` weights per feature, quantized
/// to 16 bits with one shared scale) plus transition and start scores, decoded with Viterbi.
struct LinearStage: Sendable {
    let featureKeys: [UInt64]
    let weights: [Int16]
    let weightScale: Float
    let transitions: [Float]
    let starts: [Float]
    /// Subtracted from every `O` score: the perceptron is cautious, and F1 gains from a little more recall.
    let outsideBias: Float
    private let featureIndex: HashIndex

    init(featureKeys: [UInt64], weights: [Int16], weightScale: Float, transitions: [Float], starts: [Float],
         outsideBias: Float) {
        self.featureKeys = featureKeys
        self.weights = weights
        self.weightScale = weightScale
        self.transitions = transitions
        self.starts = starts
        self.outsideBias = outsideBias
        featureIndex = HashIndex(keys: featureKeys)
    }

    /// Quantizes trained weights; features whose weights all round to zero are dropped.
    init(trainedKeys: [UInt64], trained: PerceptronWeights.Snapshot, outsideBias: Float) {
        let tags = EntityTagSet.count
        let largest = trained.emission.reduce(0) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var keys: [UInt64] = []
        var weights: [Int16] = []
        var row = [Int16](repeating: 0, count: tags)
        for (index, key) in trainedKeys.enumerated() {
            for tag in 0..<tags { row[tag] = Int16((trained.emission[index * tags + tag] / scale).rounded()) }
            guard row.contains(where: { $0 != 0 }) else { continue }
            keys.append(key)
            weights.append(contentsOf: row)
        }
        self.init(featureKeys: keys, weights: weights, weightScale: scale, transitions: trained.transitions,
                  starts: trained.starts, outsideBias: outsideBias)
    }

    /// The best tags for one sentence given its token attributes.
    func tag(attributes: [UInt64], count: Int, extractor: FeatureExtractor) -> [Int] {
        var emissions = [Float](repeating: 0, count: count * EntityTagSet.count)
        var features: [UInt64] = []
        features.reserveCapacity(96)
        for position in 0..<count {
            features.removeAll(keepingCapacity: true)
            extractor.features(of: attributes, count: count, at: position, into: &features)
            score(features, into: &emissions, row: position * EntityTagSet.count)
        }
        return ViterbiDecoder.decode(emissions: emissions, count: count, transitions: transitions, starts: starts)
    }

    private func score(_ features: [UInt64], into emissions: inout [Float], row: Int) {
        let tags = EntityTagSet.count
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tags) { sums in
            sums.initialize(repeating: 0)
            weights.withUnsafeBufferPointer { weights in
                for feature in features {
                    guard let position = featureIndex.position(of: feature) else { continue }
                    let base = position * tags
                    for tag in 0..<tags { sums[tag] &+= Int32(weights[base + tag]) }
                }
            }
            for tag in 0..<tags { emissions[row + tag] = Float(sums[tag]) * weightScale }
            emissions[row + EntityTagSet.outside] -= outsideBias
        }
    }
}
