import ArabicText

/// Groups words that occur in similar contexts, learned from unlabeled text: a word's left and right
/// neighbours among the most frequent words form its context vector, and spherical k-means (seeded with the
/// most frequent words, so the result is repeatable) splits the vocabulary. Rare names that share a cluster
/// with names the training text labeled inherit some of what the tagger learned about them.
enum WordClusters {
    /// Cluster codes (1-based) by matching-key hash, for words seen at least `minimumCount` times.
    static func learn(from sentences: [[String]], clusterCount: Int = 200, contextWords: Int = 600,
                      minimumCount: Int = 3, iterations: Int = 10) -> TagLexicon {
        let keyed = sentences.map { $0.map { FeatureHash.of(Array(MatchingKey.of($0).unicodeScalars)[...]) } }
        var frequency: [UInt64: Int] = [:]
        for sentence in keyed { for key in sentence { frequency[key, default: 0] += 1 } }
        let byFrequency = frequency.filter { $0.value >= minimumCount }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map(\.key)
        guard byFrequency.count > clusterCount else { return TagLexicon(keys: [], codes: []) }
        var contextIndex: [UInt64: Int] = [:]
        for (index, key) in byFrequency.prefix(contextWords).enumerated() { contextIndex[key] = index }
        var wordIndex: [UInt64: Int] = [:]
        for (index, key) in byFrequency.enumerated() { wordIndex[key] = index }

        // Sparse context counts: dimension `context` for a left neighbour, `contextWords + context` for a right one.
        var counts = [[Int: Float]](repeating: [:], count: byFrequency.count)
        for sentence in keyed {
            for (position, key) in sentence.enumerated() {
                guard let word = wordIndex[key] else { continue }
                if position > 0, let left = contextIndex[sentence[position - 1]] { counts[word][left, default: 0] += 1 }
                if position + 1 < sentence.count, let right = contextIndex[sentence[position + 1]] {
                    counts[word][contextWords + right, default: 0] += 1
                }
            }
        }
        let vectors = counts.map(normalized)
        let dimensions = 2 * contextWords
        var centroids = (0..<clusterCount).map { dense(vectors[$0], dimensions: dimensions) }
        var assignment = [Int](repeating: 0, count: vectors.count)
        for _ in 0..<iterations {
            for (word, vector) in vectors.enumerated() {
                var best = 0
                var bestScore = -Float.infinity
                for (cluster, centroid) in centroids.enumerated() {
                    var score: Float = 0
                    for (dimension, value) in vector { score += value * centroid[dimension] }
                    if score > bestScore {
                        bestScore = score
                        best = cluster
                    }
                }
                assignment[word] = best
            }
            var sums = [[Float]](repeating: Array(repeating: 0, count: dimensions), count: clusterCount)
            for (word, vector) in vectors.enumerated() {
                for (dimension, value) in vector { sums[assignment[word]][dimension] += value }
            }
            for cluster in 0..<clusterCount {
                let length = sums[cluster].reduce(0) { $0 + $1 * $1 }.squareRoot()
                if length > 0 { centroids[cluster] = sums[cluster].map { $0 / length } }
            }
        }
        let order = byFrequency.indices.sorted { byFrequency[$0] < byFrequency[$1] }
        return TagLexicon(keys: order.map { byFrequency[$0] }, codes: order.map { UInt16(assignment[$0] + 1) })
    }

    /// Square-root damped counts scaled to unit length, as (dimension, value) pairs in dimension order.
    private static func normalized(_ counts: [Int: Float]) -> [(Int, Float)] {
        let damped = counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value.squareRoot()) }
        let length = damped.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        return length > 0 ? damped.map { ($0.0, $0.1 / length) } : damped
    }

    private static func dense(_ vector: [(Int, Float)], dimensions: Int) -> [Float] {
        var values = [Float](repeating: 0, count: dimensions)
        for (dimension, value) in vector { values[dimension] = value }
        return values
    }
}
