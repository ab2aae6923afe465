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
        // Starting over between sentences keeps every word of this one in the store until it is copied out.
        if known.count + tokens.count > Self.limit {
            known = HashIndex(capacity: Self.limit)
            store.removeAll(keepingCapacity: true)
        }
        let starts = tokens.map { token in
            let start = known.insert(FeatureHash.of(token)) * slots
            if start == store.count { store.append(contentsOf: extractor.attributes(of: [String(token)])) }
            return start
        }
        return [UInt64](unsafeUninitializedCapacity: tokens.count * slots) { buffer, initialized in
            store.withUnsafeBufferPointer { store in
                for (position, start) in starts.enumerated() {
                    (buffer.baseAddress! + position * slots).initialize(from: store.baseAddress! + start, count: slots)
                }
            }
            initialized = tokens.count * slots
        }
    }
}
