/// How the training text tagged each word: its most frequent tag, how dominant and how frequent it was,
/// packed in one code that becomes a feature value. Words never seen have no entry.
struct TagLexicon: Sendable {
    private(set) var keys: [UInt64]
    private(set) var codes: [UInt16]
    private let index: HashIndex

    init(keys: [UInt64], codes: [UInt16]) {
        self.keys = keys
        self.codes = codes
        index = HashIndex(keys: keys)
    }

    /// Builds the lexicon from tag counts per key hash.
    init(counts: [UInt64: [Int32]]) {
        var keys: [UInt64] = []
        var codes: [UInt16] = []
        for key in counts.keys.sorted() {
            guard let tagCounts = counts[key] else { continue }
            keys.append(key)
            codes.append(Self.code(for: tagCounts))
        }
        self.init(keys: keys, codes: codes)
    }

    func code(of key: UInt64) -> UInt16? {
        index.position(of: key).map { codes[$0] }
    }

    /// What the training text said of one word: its most frequent tag and two buckets of `code(for:)`.
    struct Entry {
        var dominantTag: Int
        /// 0: under half of its uses, 1: under 80 %, 2: under all, 3: all.
        var share: Int
        /// 0: once, 1: 2–4 times, 2: 5–19, 3: 20 or more.
        var frequency: Int
    }

    func entry(of key: UInt64) -> Entry? {
        code(of: key).map { code in
            let packed = Int(code) - 1
            return Entry(dominantTag: packed / 16, share: packed % 16 / 4, frequency: packed % 4)
        }
    }

    /// Dominant tag, then a share bucket (<50%, <80%, <100%, all) and a frequency bucket (1, 2–4, 5–19, 20+).
    private static func code(for tagCounts: [Int32]) -> UInt16 {
        let total = tagCounts.reduce(0, +)
        var best = 0
        for tag in tagCounts.indices where tagCounts[tag] > tagCounts[best] { best = tag }
        let share = Double(tagCounts[best]) / Double(max(total, 1))
        let shareBucket = share >= 1 ? 3 : share >= 0.8 ? 2 : share >= 0.5 ? 1 : 0
        let frequencyBucket = total >= 20 ? 3 : total >= 5 ? 2 : total >= 2 ? 1 : 0
        return UInt16(1 + best * 16 + shareBucket * 4 + frequencyBucket)
    }
}
