import Foundation

/// How much of a sentence the rest of the article says again: for each of its words, the chance
/// that a reader meets that word elsewhere, `1 - decay^n` for `n` other occurrences, averaged over
/// the sentence. Function words count too: a summary is judged by every word it shares with what
/// a reader would keep, and words the article keeps repeating are the ones any good summary keeps.
enum WordRecurrence {
    static func scores(of sentences: [[String]], decay: Double) -> [Double] {
        var occurrences: [String: Int] = [:]
        for words in sentences {
            for word in words { occurrences[word, default: 0] += 1 }
        }
        return sentences.map { words in
            guard !words.isEmpty else { return 0 }
            var own: [String: Int] = [:]
            for word in words { own[word, default: 0] += 1 }
            var total = 0.0
            for (word, count) in own {
                let elsewhere = (occurrences[word] ?? 0) - count
                total += Double(count) * (1 - pow(decay, Double(elsewhere)))
            }
            return total / Double(words.count)
        }
    }
}
