/// Weights of a structured perceptron with the averaging trick of Daumé III: next to each weight `w` a sum
/// `u` of step-stamped updates, so that the average over all steps is `w - u / step` at any time.
struct PerceptronWeights {
    private(set) var emission: [Float]
    private var emissionStamped: [Double]
    private(set) var transitions: [Float]
    private var transitionsStamped: [Double]
    private(set) var starts: [Float]
    private var startsStamped: [Double]
    private(set) var step: Double = 1

    init(featureCount: Int) {
        let tags = EntityTagSet.count
        emission = Array(repeating: 0, count: featureCount * tags)
        emissionStamped = Array(repeating: 0, count: featureCount * tags)
        transitions = Array(repeating: 0, count: tags * tags)
        transitionsStamped = Array(repeating: 0, count: tags * tags)
        starts = Array(repeating: 0, count: tags)
        startsStamped = Array(repeating: 0, count: tags)
    }

    mutating func nextStep() { step += 1 }

    mutating func updateEmission(rows: ArraySlice<Int32>, tag: Int, by delta: Float) {
        let stamped = Double(delta) * step
        for row in rows {
            let index = Int(row) * EntityTagSet.count + tag
            emission[index] += delta
            emissionStamped[index] += stamped
        }
    }

    mutating func updateTransition(from previous: Int?, to tag: Int, by delta: Float) {
        let stamped = Double(delta) * step
        if let previous {
            transitions[previous * EntityTagSet.count + tag] += delta
            transitionsStamped[previous * EntityTagSet.count + tag] += stamped
        } else {
            starts[tag] += delta
            startsStamped[tag] += stamped
        }
    }

    /// Weights frozen at one moment of training.
    struct Snapshot {
        let emission: [Float]
        let transitions: [Float]
        let starts: [Float]

        init(emission: [Float], transitions: [Float], starts: [Float]) {
            self.emission = emission
            self.transitions = transitions
            self.starts = starts
        }

        /// The element-wise mean of several snapshots of the same shape.
        init(mean snapshots: [Snapshot]) {
            func mean(_ arrays: [[Float]]) -> [Float] {
                var sum = arrays[0]
                for array in arrays.dropFirst() {
                    for index in sum.indices { sum[index] += array[index] }
                }
                let scale = 1 / Float(arrays.count)
                return sum.map { $0 * scale }
            }
            self.init(emission: mean(snapshots.map(\.emission)), transitions: mean(snapshots.map(\.transitions)),
                      starts: mean(snapshots.map(\.starts)))
        }
    }

    /// The weights averaged over every step so far.
    func averaged() -> Snapshot {
        func average(_ weights: [Float], _ stamped: [Double]) -> [Float] {
            zip(weights, stamped).map { Float(Double($0) - $1 / step) }
        }
        return Snapshot(emission: average(emission, emissionStamped),
                        transitions: average(transitions, transitionsStamped),
                        starts: average(starts, startsStamped))
    }
}
