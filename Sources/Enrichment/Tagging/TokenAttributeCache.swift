/// Remembers the attributes of words already seen in a run: they depend on the word alone, and news
/// text repeats most of its words, so the matching key and affixes are computed once per distinct word.
struct TokenAttributeCache {
    /// Past this many distinct words the cache starts over, bounding memory on very large inputs.
    private static let limit = 50_000

    private let extractor: FeatureExtractor
    /// Each known word's number, by the hash of its text (the `word` attribute): its attributes are
    /// `store[number * slotCount ..< (number + 1) * slotCount]`.
    private var known = HashIndex(capacity: limit)
    private var store: [UInt64] = []

    init(extractor: FeatureExtractor) {
        self.extractor = extractor
    }

    mutating func attributes<Word: StringProtocol>(of tokens: [Word]) -> [UInt64] {
        let slots = TokenAttribute.slotCount
        var buffer: [UInt64] = []
        buffer.reserveCapacity(tokens.count * slots)
        for token in tokens {
            if known.count >= Self.limit {
                known = HashIndex(capacity: Self.limit)
                store.removeAll(keepingCapacity: true)
            }
            let start = known.insert(FeatureHash.of(token)) * slots
            if start == store.count { store.append(contentsOf: extractor.attributes(of: [String(token)])) }
            buffer.append(contentsOf: store[start..<(start + slots)])
        }
        return buffer
    }
}
