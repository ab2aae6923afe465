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

    init(featureKeys: [UInt64], weights: [Int16], weightScale: Float, transitions: [Float], starts: [Float],
         outsideBias: Float) {
        self.featureKeys = featureKeys
        self.weights = weights
        self.weightScale = weightScale
        self.transitions = transitions
        self.starts = starts
        self.outsideBias = outsideBias
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

    /// How far `tag` outscores `O` at `position` of this pass's sums (laid out as for `decode`); 0 for `O`.
    func margin(of tag: Int, in sums: [Int32], at position: Int, column: Int, width: Int) -> Float {
        guard tag != EntityTagSet.outside else { return 0 }
        let row = position * width + column
        return Float(sums[row + tag] - sums[row + EntityTagSet.outside]) * weightScale + outsideBias
    }

    /// The best tags for one sentence of `count` tokens, given summed feature weights: `width` sums per
    /// token, this pass's `EntityTagSet.count` of them starting at `column`.
    func decode(_ sums: [Int32], count: Int, column: Int, width: Int) -> [Int] {
        let tags = EntityTagSet.count
        var emissions = [Float](repeating: 0, count: count * tags)
        for position in 0..<count {
            for tag in 0..<tags { emissions[position * tags + tag] = Float(sums[position * width + column + tag]) * weightScale }
            emissions[position * tags + EntityTagSet.outside] -= outsideBias
        }
        return ViterbiDecoder.decode(emissions: emissions, count: count, transitions: transitions, starts: starts)
    }
}

extension LinearStage {
    /// The largest weight of each feature, in score units: how much the feature can move any tag's score.
    var featureStrengths: [Float] {
        let tags = EntityTagSet.count
        return featureKeys.indices.map { feature in
            let row = weights[(feature * tags)..<((feature + 1) * tags)]
            return Float(row.map { Int($0.magnitude) }.max() ?? 0) * weightScale
        }
    }

    /// This pass with only the features `keeps` accepts (by index).
    func keeping(_ keeps: (Int) -> Bool) -> LinearStage {
        let tags = EntityTagSet.count
        var keys: [UInt64] = []
        var kept: [Int16] = []
        for feature in featureKeys.indices where keeps(feature) {
            keys.append(featureKeys[feature])
            kept.append(contentsOf: weights[(feature * tags)..<((feature + 1) * tags)])
        }
        return LinearStage(featureKeys: keys, weights: kept, weightScale: weightScale, transitions: transitions,
                           starts: starts, outsideBias: outsideBias)
    }
}
