import ArabicText

/// Words that name lists know: given names, family names, foreign names written in Arabic and place names
/// (`data/name-words.tsv`, from Wikidata, GeoNames and others). The tagger reads which lists know a word as
/// one of its attributes, so a name the training text never saw still looks like a name; the lists are
/// evidence to weigh, never a verdict. The model file carries the table it was trained with.
public struct NameWords: Sendable {
    /// One bit per list.
    enum List: String, CaseIterable {
        case given, surname, foreign, place

        var bit: UInt8 { 1 << UInt8(List.allCases.firstIndex(of: self)!) }
    }

    /// Matching-key hashes, sorted, and the lists that know each.
    private(set) var keys: [UInt64]
    private(set) var lists: [UInt8]
    private let index: HashIndex

    init(keys: [UInt64], lists: [UInt8]) {
        self.keys = keys
        self.lists = lists
        index = HashIndex(keys: keys)
    }

    static let none = NameWords(keys: [], lists: [])

    /// Reads `list<TAB>word` rows; `#` lines are comments. Unknown lists are errors: a silently ignored
    /// list would train a different model than the one asked for.
    init(tsv text: String, path: String) throws(FormatError) {
        var bits: [UInt64: UInt8] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let list = List(rawValue: String(fields[0])) else {
                throw FormatError(description: "\(path):\(offset + 1): expected a list name (\(List.allCases.map(\.rawValue).joined(separator: ", "))), a TAB and a word")
            }
            bits[Self.keyHash(of: fields[1]), default: 0] |= list.bit
        }
        let sorted = bits.keys.sorted()
        self.init(keys: sorted, lists: sorted.map { bits[$0]! })
    }

    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The hash the tagger gives a word's matching key (its `key` attribute).
    static func keyHash(of word: some StringProtocol) -> UInt64 {
        FeatureHash.of(scalarsOf: MatchingKey.of(Substring(word)))
    }

    /// The lists that know the word whose key hashes to `keyHash` (a bit per `List`), nil for none.
    func lists(ofKeyHash keyHash: UInt64) -> UInt8? {
        index.position(of: keyHash).map { lists[$0] }
    }
}
