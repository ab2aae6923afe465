/// Scores the tokens of a sentence for one or two tagger passes at once: each feature is looked up once in
/// a `WeightTable` holding both passes' weights, and single-word features come summed from `WordScores`.
struct PassScorer: Sendable {
    let passes: [LinearStage]
    let extractor: FeatureExtractor
    let table: WeightTable

    init(passes: [LinearStage], extractor: FeatureExtractor) {
        self.passes = passes
        self.extractor = extractor
        table = WeightTable(passes: passes)
    }

    /// Summed weights of the word and neighbourhood features of every token: `table.width` per token,
    /// pass after pass. `wordScores` must have been made for this scorer's table.
    func scores(attributes: [UInt64], count: Int, wordScores: inout WordScores) -> [Int32] {
        let width = table.width
        let slots = TokenAttribute.slotCount
        wordScores.startSentence()
        let rows = (0..<count).map { wordScores.row(of: attributes[($0 * slots)..<(($0 + 1) * slots)]) }
        var sums = [Int32](repeating: 0, count: count * width)
        sums.withUnsafeMutableBufferPointer { sums in
            wordScores.sums.withUnsafeBufferPointer { wordSums in
                for position in 0..<count {
                    let target = sums.baseAddress! + position * width
                    for (block, offset) in FeatureExtractor.window.enumerated() {
                        // The word `offset` places away gives this position its block for that offset.
                        let other = position + offset
                        let source = wordSums.baseAddress! + ((0..<count).contains(other) ? rows[other] : wordScores.edgeRow) + block * width
                        Self.add(source, to: target, count: width)
                    }
                }
            }
            // The whole sentence's features are looked up together, so that their cache misses overlap.
            let (features, ends) = sentenceFeatures(count: count) { position, features in
                extractor.neighbourhoodFeatures(of: attributes, count: count, at: position, into: &features)
            }
            table.add(features, ends: ends, to: sums.baseAddress!)
        }
        return sums
    }

    /// `target[0..<count] += source[0..<count]`, eight sums at a time.
    @inline(__always)
    private static func add(_ source: UnsafePointer<Int32>, to target: UnsafeMutablePointer<Int32>, count: Int) {
        var column = 0
        while column + 8 <= count {
            let sum = UnsafeRawPointer(target + column).loadUnaligned(as: SIMD8<Int32>.self)
                &+ UnsafeRawPointer(source + column).loadUnaligned(as: SIMD8<Int32>.self)
            UnsafeMutableRawPointer(target + column).storeBytes(of: sum, as: SIMD8<Int32>.self)
            column += 8
        }
        while column < count {
            target[column] &+= source[column]
            column += 1
        }
    }

    /// Every position's features, one position after the other, and where each position's features end.
    private func sentenceFeatures(count: Int, _ extract: (Int, inout [UInt64]) -> Void) -> ([UInt64], [Int]) {
        var features: [UInt64] = []
        features.reserveCapacity(count * 16)
        var ends: [Int] = []
        ends.reserveCapacity(count)
        for position in 0..<count {
            extract(position, &features)
            ends.append(features.count)
        }
        return (features, ends)
    }

    /// Adds the weights of the document features (filled in by `DocumentEvidence`) to `sums`.
    func addDocumentScores(attributes: [UInt64], count: Int, to sums: inout [Int32]) {
        let (features, ends) = sentenceFeatures(count: count) { position, features in
            extractor.documentFeatures(of: attributes, count: count, at: position, into: &features)
        }
        sums.withUnsafeMutableBufferPointer { table.add(features, ends: ends, to: $0.baseAddress!) }
    }

    /// How far `tag` outscores `O` in pass number `pass` at `position` (see `LinearStage.margin`).
    func margin(of tag: Int, in sums: [Int32], at position: Int, pass: Int) -> Float {
        passes[pass].margin(of: tag, in: sums, at: position, column: pass * EntityTagSet.count, width: table.width)
    }

    /// The best tags of pass number `pass` for sentence scores from `scores`.
    func decode(_ sums: [Int32], count: Int, pass: Int) -> [Int] {
        passes[pass].decode(sums, count: count, column: pass * EntityTagSet.count, width: table.width)
    }
}
