/// The summed weights (all passes) of the features each distinct word gives the positions of the window
/// around it (`FeatureExtractor.wordFeatures`), computed the first time the word is seen. Most of a
/// position's features come from single words, and news text repeats its words, so this saves most lookups.
struct WordScores {
    /// Past this many distinct words the memo starts over (between sentences), bounding its memory.
    private static let limit = 50_000

    private let table: WeightTable
    private let rowWidth: Int
    /// Each word's number, by the word's hash; its row starts at `number * rowWidth` in `sums`.
    private var numbers = HashIndex(capacity: limit * 2)
    /// Per word, one block of `table.width` sums per offset of the window: what it gives the position there.
    private(set) var sums: [Int32] = []
    /// The row of the places before and after a sentence, number 0.
    let edgeRow = 0

    init(table: WeightTable) {
        self.table = table
        rowWidth = FeatureExtractor.window.count * table.width
        append(nil)
    }

    /// Forgets the words when there are too many; rows found earlier are then invalid.
    mutating func startSentence() {
        guard numbers.count >= Self.limit else { return }
        numbers = HashIndex(capacity: Self.limit * 2)
        sums.removeAll(keepingCapacity: true)
        append(nil)
    }

    /// The row of the word whose attributes are `token`, adding it when new.
    mutating func row(of token: ArraySlice<UInt64>) -> Int {
        // A sentence with more new words than the index holds gets rows that are not remembered.
        guard numbers.count < Self.limit * 2 else { return append(token) }
        // Number 0 is the edge's row, which no word hash can take.
        let number = numbers.insert(token[token.startIndex + TokenAttribute.word.rawValue]) + 1
        return number * rowWidth < sums.count ? number * rowWidth : append(token)
    }

    /// The sums one word (or, for nil, the edge of a sentence) gives at each offset of the window.
    @discardableResult
    private mutating func append(_ token: ArraySlice<UInt64>?) -> Int {
        let row = sums.count
        sums.append(contentsOf: repeatElement(0, count: rowWidth))
        // One block of sums per offset, each `table.width` wide: the blocks are the positions of one lookup.
        var features: [UInt64] = []
        var ends: [Int] = []
        for offset in FeatureExtractor.window {
            FeatureExtractor.wordFeatures(of: token, offset: offset, into: &features)
            ends.append(features.count)
        }
        sums.withUnsafeMutableBufferPointer { table.add(features, ends: ends, to: $0.baseAddress! + row) }
        return row
    }
}
