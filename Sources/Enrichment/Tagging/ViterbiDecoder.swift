/// Exact best label sequence under a first-order model: per-token emission scores plus label-to-label
/// transition scores, keeping to IOB2's rule that `I-X` only continues an `X`.
struct ViterbiDecoder {
    /// - Parameters:
    ///   - emissions: `count × EntityTagSet.count` scores, row per token.
    ///   - transitions: `EntityTagSet.count × EntityTagSet.count` scores, row = previous tag.
    ///   - starts: score of each tag opening the sentence.
    static func decode(emissions: [Float], count: Int, transitions: [Float], starts: [Float]) -> [Int] {
        let tags = EntityTagSet.count
        precondition(tags == 1 + Entities.scalarCount, "O and eight entity tags")
        guard count > 0 else { return [] }
        // Tag 0 (O) is scored alone and the eight entity tags in one vector, one lane each: for each previous tag
        // in increasing order a lane takes the candidate only when strictly better, so ties go to the lowest
        // previous tag, with selects instead of branches that could not be predicted. Forbidden moves score -inf.
        var movesToOutside: [Float] = []
        var movesToEntities: [Entities] = []
        for previous in 0..<tags {
            movesToOutside.append(transitions[previous * tags])
            var row = Entities(repeating: -.infinity)
            for lane in 0..<Entities.scalarCount where EntityTagSet.canFollow(previous, lane + 1) {
                row[lane] = transitions[previous * tags + lane + 1]
            }
            movesToEntities.append(row)
        }
        var best = [Float](repeating: -.infinity, count: count * tags)
        var backPointers = [Int32](repeating: 0, count: count * tags)
        for tag in 0..<tags where EntityTagSet.canFollow(nil, tag) {
            best[tag] = starts[tag] + emissions[tag]
        }
        best.withUnsafeMutableBufferPointer { best in
            backPointers.withUnsafeMutableBufferPointer { backPointers in
                emissions.withUnsafeBufferPointer { emissions in
                    for position in 1..<count {
                        let row = position * tags
                        let previousScores = best.baseAddress! + row - tags
                        var outside = -Float.infinity
                        var outsideFrom: Int32 = 0
                        var entities = Entities(repeating: -.infinity)
                        var entitiesFrom = firstAllowedPrevious
                        for previous in 0..<tags {
                            let score = previousScores[previous]
                            let candidate = score + movesToOutside[previous]
                            let isBetter = candidate > outside
                            outside = isBetter ? candidate : outside
                            outsideFrom = isBetter ? Int32(previous) : outsideFrom
                            let candidates = Entities(repeating: score) + movesToEntities[previous]
                            let areBetter = candidates .> entities
                            entities.replace(with: candidates, where: areBetter)
                            entitiesFrom.replace(with: Int32(previous), where: areBetter)
                        }
                        best[row] = outside + emissions[row]
                        backPointers[row] = outsideFrom
                        let emitted = UnsafeRawPointer(emissions.baseAddress! + row + 1).loadUnaligned(as: Entities.self)
                        UnsafeMutableRawPointer(best.baseAddress! + row + 1).storeBytes(of: entities + emitted, as: Entities.self)
                        UnsafeMutableRawPointer(backPointers.baseAddress! + row + 1).storeBytes(of: entitiesFrom, as: SIMD8<Int32>.self)
                    }
                }
            }
        }
        let lastRow = (count - 1) * tags
        var tag = EntityTagSet.outside
        for candidate in 0..<tags where best[lastRow + candidate] > best[lastRow + tag] { tag = candidate }
        var path = [Int](repeating: 0, count: count)
        for position in stride(from: count - 1, through: 0, by: -1) {
            path[position] = tag
            tag = Int(backPointers[position * tags + tag])
        }
        return path
    }

    /// Scores of the eight entity tags, `B-PERS` to `I-MISC`.
    private typealias Entities = SIMD8<Float>

    /// Per entity tag, the lowest tag it may follow: the previous tag kept where every allowed move scores -inf.
    private static let firstAllowedPrevious: SIMD8<Int32> = {
        var first = SIMD8<Int32>.zero
        for lane in 0..<Entities.scalarCount {
            first[lane] = Int32((0..<EntityTagSet.count).first { EntityTagSet.canFollow($0, lane + 1) } ?? 0)
        }
        return first
    }()
}
