/// Counts how often small integer IDs (articles, entities) occur and gives the most frequent. One table is reused
/// for many counts: only the IDs touched are reset, so a count costs what it adds, not the size of the table.
struct FrequencyCounter {
    private var counts: [Int32]
    private var touched: [Int] = []

    init(size: Int) {
        counts = Array(repeating: 0, count: size)
    }

    mutating func add(_ id: Int) {
        if counts[id] == 0 { touched.append(id) }
        counts[id] += 1
    }

    mutating func add(_ ids: [Int]) {
        for id in ids { add(id) }
    }

    /// The `limit` most frequent IDs with their counts, most frequent first, ties by the smaller ID; then resets.
    mutating func mostFrequent(excluding excluded: Int?, limit: Int) -> [(id: Int, count: Int)] {
        var top: [(id: Int, count: Int)] = []
        top.reserveCapacity(limit + 1)
        for id in touched where id != excluded {
            let candidate = (id: id, count: Int(counts[id]))
            if top.count == limit, let last = top.last, !Self.ranks(candidate, before: last) { continue }
            let position = top.firstIndex { Self.ranks(candidate, before: $0) } ?? top.count
            top.insert(candidate, at: position)
            if top.count > limit { top.removeLast() }
        }
        for id in touched { counts[id] = 0 }
        touched.removeAll(keepingCapacity: true)
        return top
    }

    private static func ranks(_ lhs: (id: Int, count: Int), before rhs: (id: Int, count: Int)) -> Bool {
        lhs.count != rhs.count ? lhs.count > rhs.count : lhs.id < rhs.id
    }
}
