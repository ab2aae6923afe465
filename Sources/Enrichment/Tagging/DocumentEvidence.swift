/// What a first pass over a whole document said about each word, offered to the second pass: a name
/// tagged in one sentence is likely the same kind of name in the next (Krishnan & Manning's two-stage idea).
struct DocumentEvidence {
    private static let slots = TokenAttribute.slotCount
    private static let stem = TokenAttribute.stem.rawValue
    private static let bareStem = TokenAttribute.bareStem.rawValue
    private static let entityTypes = 4

    private struct Phrase: Hashable {
        let stems: [UInt64]
        let type: Int
    }

    /// Stems (already hashes) are numbered by a `HashIndex`: the tables below are read at every position.
    private var stems: HashIndex
    /// First-pass tag counts per stem number, entity type by entity type (0 = outside; lanes past MISC unused).
    private var typeCounts: [SIMD8<Int32>] = []
    /// Multi-word entities of the first pass, by the number of their first stem.
    private var phrases: [Int: Set<Phrase>] = [:]

    init(attributes: ArraySlice<[UInt64]>, firstPass: ArraySlice<[Int]>) {
        stems = HashIndex(capacity: firstPass.reduce(0) { $0 + $1.count })
        for (sentence, tags) in zip(attributes, firstPass) {
            for (position, tag) in tags.enumerated() {
                let number = stems.insert(sentence[position * Self.slots + Self.stem])
                if number == typeCounts.count { typeCounts.append(.zero) }
                typeCounts[number][EntityTagSet.entityType(of: tag)] += 1
            }
            for span in EntityTagSet.spans(of: tags) where span.range.count > 1 {
                let phraseStems = span.range.map { sentence[$0 * Self.slots + Self.stem] }
                phrases[stems.insert(phraseStems[0]), default: []].insert(Phrase(stems: phraseStems, type: span.type))
            }
        }
    }

    /// Nil for a stem the first pass never saw, and for no stem at all (a word without a bare stem).
    private func counts(of stem: UInt64) -> SIMD8<Int32>? {
        stems.position(of: stem).map { typeCounts[$0] }
    }

    /// Writes the document slots of one sentence's attributes; `firstPass` are its own first-pass tags,
    /// left out so that the evidence comes from the other mentions only.
    func fill(_ sentence: inout [UInt64], firstPass: [Int]) {
        let count = sentence.count / Self.slots
        var phraseMarks = [UInt64](repeating: FeatureHash.none, count: count)
        for position in 0..<count {
            let base = position * Self.slots
            var evidence = FeatureHash.none
            if var counts = counts(of: sentence[base + Self.stem]) {
                counts[EntityTagSet.entityType(of: firstPass[position])] -= 1
                if counts.wrappedSum() > 0 { evidence = FeatureHash.of(Self.code(for: counts)) }
            } else if let counts = counts(of: sentence[base + Self.bareStem]) {
                evidence = FeatureHash.of(Self.code(for: counts))
            }
            sentence[base + TokenAttribute.documentTags.rawValue] = evidence
            markPhrases(startingAt: position, in: sentence, count: count, marks: &phraseMarks)
        }
        for position in 0..<count {
            sentence[position * Self.slots + TokenAttribute.documentPhrase.rawValue] = phraseMarks[position]
        }
    }

    /// Marks the longest first-pass phrase that starts here, if the tokens ahead spell it.
    private func markPhrases(startingAt start: Int, in sentence: [UInt64], count: Int, marks: inout [UInt64]) {
        guard marks[start] == FeatureHash.none, let first = stems.position(of: sentence[start * Self.slots + Self.stem]),
              let candidates = phrases[first] else { return }
        let fitting = candidates.filter { phrase in
            start + phrase.stems.count <= count
                && phrase.stems.indices.allSatisfy { sentence[(start + $0) * Self.slots + Self.stem] == phrase.stems[$0] }
        }
        // Longest first; between equally long phrases of different types, a fixed order keeps runs repeatable.
        let best = fitting.max { ($0.stems.count, -$0.type) < ($1.stems.count, -$1.type) }
        guard let best else { return }
        for offset in best.stems.indices {
            marks[start + offset] = FeatureHash.of(best.type * 2 + (offset == 0 ? 0 : 1))
        }
    }

    /// Dominant entity type, its share bucket (<25%, <50%, <100%, all) and an occurrence bucket (1, 2, 3–5, 6+).
    private static func code(for counts: SIMD8<Int32>) -> Int {
        let total = counts.wrappedSum()
        var dominant = 0
        for type in 1...entityTypes where counts[type] > 0 && (dominant == 0 || counts[type] > counts[dominant]) {
            dominant = type
        }
        let share = Double(counts[dominant]) / Double(max(total, 1))
        let shareBucket = share >= 1 ? 3 : share >= 0.5 ? 2 : share >= 0.25 ? 1 : 0
        let totalBucket = total >= 6 ? 3 : total >= 3 ? 2 : total >= 2 ? 1 : 0
        return 1 + dominant * 16 + shareBucket * 4 + totalBucket
    }
}
