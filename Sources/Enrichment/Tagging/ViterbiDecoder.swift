/// Exact best label sequence under a first-order model: per-token emission scores plus label-to-label
/// transition scores, keeping to IOB2's rule that `I-X` only continues an `X`.
struct ViterbiDecoder {
    /// - Parameters:
    ///   - emissions: `count × EntityTagSet.count` scores, row per token.
    ///   - transitions: `EntityTagSet.count × EntityTagSet.count` scores, row = previous tag.
    ///   - starts: score of each tag opening the sentence.
    static func decode(emissions: [Float], count: Int, transitions: [Float], starts: [Float]) -> [Int] {
        let tags = EntityTagSet.count
        guard count > 0 else { return [] }
        var best = [Float](repeating: 0, count: count * tags)
        var backPointers = [Int](repeating: 0, count: count * tags)
        for tag in 0..<tags {
            best[tag] = EntityTagSet.canFollow(nil, tag) ? starts[tag] + emissions[tag] : -.infinity
        }
        let previousTags = allowedPrevious
        let previousEnds = allowedPreviousEnds
        best.withUnsafeMutableBufferPointer { best in
            backPointers.withUnsafeMutableBufferPointer { backPointers in
                emissions.withUnsafeBufferPointer { emissions in
                    transitions.withUnsafeBufferPointer { transitions in
                        previousTags.withUnsafeBufferPointer { previousTags in
                            for position in 1..<count {
                                let row = position * tags
                                let previousRow = row - tags
                                var listStart = 0
                                for tag in 0..<tags {
                                    var bestScore = -Float.infinity
                                    var bestPrevious = previousTags[listStart]
                                    for previous in previousTags[listStart..<previousEnds[tag]] {
                                        let score = best[previousRow + previous] + transitions[previous * tags + tag]
                                        if score > bestScore {
                                            bestScore = score
                                            bestPrevious = previous
                                        }
                                    }
                                    listStart = previousEnds[tag]
                                    best[row + tag] = bestScore + emissions[row + tag]
                                    backPointers[row + tag] = bestPrevious
                                }
                            }
                        }
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
            tag = backPointers[position * tags + tag]
        }
        return path
    }

    /// The tags each tag may follow, tag after tag, each list in increasing order (ties go to the lowest).
    private static let allowedPrevious: [Int] = (0..<EntityTagSet.count).flatMap { tag in
        (0..<EntityTagSet.count).filter { EntityTagSet.canFollow($0, tag) }
    }
    /// Where each tag's list in `allowedPrevious` ends.
    private static let allowedPreviousEnds: [Int] = {
        var ends: [Int] = []
        var end = 0
        for tag in 0..<EntityTagSet.count {
            end += (0..<EntityTagSet.count).count { EntityTagSet.canFollow($0, tag) }
            ends.append(end)
        }
        return ends
    }()
}
