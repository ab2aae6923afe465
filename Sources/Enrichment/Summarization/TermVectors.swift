import Foundation

/// TF-IDF vectors of the sentences of one document, for cosine similarity between them.
struct TermVectors: Sendable {
    /// Each sentence's terms with their weights, sorted by term, so two vectors meet in one pass.
    private let vectors: [[(term: Int, weight: Double)]]
    private let norms: [Double]

    /// - Parameter terms: each sentence's terms, as numbers below `vocabularySize`.
    init(terms: [[Int]], vocabularySize: Int) {
        var documentFrequency = [Int](repeating: 0, count: vocabularySize)
        let distinct = terms.map { Array(Set($0)).sorted() }
        for sentenceTerms in distinct {
            for term in sentenceTerms { documentFrequency[term] += 1 }
        }
        let count = Double(terms.count)
        var frequency = [Int](repeating: 0, count: vocabularySize)
        vectors = zip(terms, distinct).map { sentenceTerms, sorted in
            for term in sentenceTerms { frequency[term] += 1 }
            defer { for term in sorted { frequency[term] = 0 } }
            return sorted.map { term in
                // Smoothed so that a term in every sentence still weighs a little.
                let inverse = log((count + 1) / (Double(documentFrequency[term]) + 0.5))
                return (term, Double(frequency[term]) * inverse)
            }
        }
        norms = vectors.map { vector in vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot() }
    }

    func cosine(_ first: Int, _ second: Int) -> Double {
        guard norms[first] > 0, norms[second] > 0 else { return 0 }
        let (left, right) = (vectors[first], vectors[second])
        var (leftIndex, rightIndex, dot) = (0, 0, 0.0)
        while leftIndex < left.count, rightIndex < right.count {
            if left[leftIndex].term == right[rightIndex].term {
                dot += left[leftIndex].weight * right[rightIndex].weight
                leftIndex += 1
                rightIndex += 1
            } else if left[leftIndex].term < right[rightIndex].term {
                leftIndex += 1
            } else {
                rightIndex += 1
            }
        }
        return dot / (norms[first] * norms[second])
    }

    /// The similarity of every pair of sentences, zero on the diagonal.
    func similarityMatrix() -> [[Double]] {
        let count = vectors.count
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
