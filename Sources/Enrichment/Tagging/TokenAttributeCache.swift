/// Remembers the attributes of words already seen in a run: they depend on the word alone, and news
/// text repeats most of its words, so the matching key and affixes are computed once per distinct word.
struct TokenAttributeCache {
    private let extractor: FeatureExtractor
    private var known: [String: [UInt64]] = [:]
    /// Past this many distinct words the cache starts over, bounding memory on very large inputs.
    private let limit = 200_000

    init(extractor: FeatureExtractor) {
        self.extractor = extractor
    }

    mutating func attributes(of tokens: [String]) -> [UInt64] {
        var buffer: [UInt64] = []
        buffer.reserveCapacity(tokens.count * TokenAttribute.slotCount)
        for token in tokens {
            if let cached = known[token] {
                buffer.append(contentsOf: cached)
                continue
            }
            let computed = extractor.attributes(of: [token])
            if known.count >= limit { known.removeAll(keepingCapacity: true) }
            known[token] = computed
            buffer.append(contentsOf: computed)
        }
        return buffer
    }
}
