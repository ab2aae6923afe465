import Foundation

/// TF-IDF vectors of the sentences of one document, for cosine similarity between them.
struct TermVectors: Sendable {
    private let weights: [[String: Double]]
    private let norms: [Double]

    init(terms: [[String]]) {
        var documentFrequency: [String: Int] = [:]
        for sentenceTerms in terms {
            for term in Set(sentenceTerms) { documentFrequency[term, default: 0] += 1 }
        }
        let count = Double(terms.count)
        weights = terms.map { sentenceTerms in
            var vector: [String: Double] = [:]
            for term in sentenceTerms {
                // Smoothed so that a term in every sentence still weighs a little.
                let inverse = log((count + 1) / (Double(documentFrequency[term] ?? 0) + 0.5))
                vector[term, default: 0] += inverse
            }
            return vector
        }
        norms = weights.map { vector in vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    }

    func cosine(_ first: Int, _ second: Int) -> Double {
        guard norms[first] > 0, norms[second] > 0 else { return 0 }
        var (small, large) = (weights[first], weights[second])
        if small.count > large.count { swap(&small, &large) }
        let dot = small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
        return dot / (norms[first] * norms[second])
    }

    /// The similarity of every pair of sentences, zero on the diagonal.
    func similarityMatrix() -> [[Double]] {
        let count = weights.count
        var matrix = Array(repeating: Array(repeating: 0.0, count: count), count: count)
        for row in 0..<count {
            for column in (row + 1)..<count {
                let similarity = cosine(row, column)
                matrix[row][column] = similarity
                matrix[column][row] = similarity
            }
        }
        return matrix
    }
}
