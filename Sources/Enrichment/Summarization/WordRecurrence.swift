import Foundation

/// How much of a sentence the rest of the article says again: for each of its words, the chance
/// that a reader meets that word elsewhere, `1 - decay^n` for `n` other occurrences, averaged over
/// the sentence. Function words count too: a summary is judged by every word it shares with what
/// a reader would keep, and words the article keeps repeating are the ones any good summary keeps.
enum WordRecurrence {
    /// - Parameter sentences: each sentence's words, as numbers below `vocabularySize`.
    static func scores(of sentences: [[Int]], vocabularySize: Int, decay: Double) -> [Double] {
        var occurrences = [Int](repeating: 0, count: vocabularySize)
        for words in sentences {
            for word in words { occurrences[word] += 1 }
        }
        var own = [Int](repeating: 0, count: vocabularySize)
        return sentences.map { words in
            guard !words.isEmpty else { return 0 }
            for word in words { own[word] += 1 }
            var total = 0.0
            for word in words {
                total += 1 - pow(decay, Double(occurrences[word] - own[word]))
            }
            for word in words { own[word] = 0 }
            return total / Double(words.count)
        }
    }
}
