/// Several structured perceptrons trained side by side on the same sentences, each in its own seeded
/// order; their averaged weights are averaged again. One run's score swings by a point or two with the
/// order of the sentences, the ensemble's does not.
struct PerceptronEnsemble {
    private var members: [PerceptronWeights]
    private var generators: [SplitMix64]
    private var order: [Int]
    private let set: [EncodedSentence]

    init(size: Int, seed: UInt64, featureCount: Int, set: [EncodedSentence]) {
        members = Array(repeating: PerceptronWeights(featureCount: featureCount), count: max(1, size))
        generators = members.indices.map { SplitMix64(seed: seed &+ UInt64($0)) }
        order = Array(set.indices)
        self.set = set
    }

    /// One pass of every member over the sentences, each in a freshly shuffled order.
    mutating func runEpoch() {
        for member in members.indices {
            order.shuffle(using: &generators[member])
            for index in order {
                Self.learn(from: set[index], weights: &members[member])
                members[member].nextStep()
            }
        }
    }

    func averaged() -> PerceptronWeights.Snapshot {
        PerceptronWeights.Snapshot(mean: members.map { $0.averaged() })
    }

    /// One perceptron step: reward the gold tags' features, penalize the predicted ones where they differ.
    private static func learn(from sentence: EncodedSentence, weights: inout PerceptronWeights) {
        let predicted = sentence.decode(emission: weights.emission, transitions: weights.transitions,
                                        starts: weights.starts)
        guard predicted != sentence.tags else { return }
        for position in sentence.tags.indices {
            let gold = sentence.tags[position]
            let guess = predicted[position]
            if gold != guess {
                weights.updateEmission(rows: sentence.rows(at: position), tag: gold, by: 1)
                weights.updateEmission(rows: sentence.rows(at: position), tag: guess, by: -1)
            }
            let goldPrevious = position > 0 ? sentence.tags[position - 1] : nil
            let guessPrevious = position > 0 ? predicted[position - 1] : nil
            if gold != guess || goldPrevious != guessPrevious {
                weights.updateTransition(from: goldPrevious, to: gold, by: 1)
                weights.updateTransition(from: guessPrevious, to: guess, by: -1)
            }
        }
    }
}
