/// An open-addressing map from 64-bit feature hashes to dense positions 0..<count, built once and then
/// only read. Linear probing over a power-of-two table keeps a lookup to one or two cache lines.
struct HashIndex: Sendable {
    private var slots: [UInt64]
    private var positions: [Int32]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: FeatureHash.none, count: size)
        positions = Array(repeating: -1, count: size)
        mask = size - 1
    }

    init(keys: [UInt64]) {
        self.init(capacity: keys.count)
        for key in keys { _ = insert(key) }
    }

    /// The position of `key`, adding it at the end when new.
    mutating func insert(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] != FeatureHash.none {
            if slots[slot] == key { return Int(positions[slot]) }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        positions[slot] = Int32(count)
        count += 1
        return count - 1
    }

    @inline(__always)
    func position(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = slots[slot]
            if found == key { return Int(positions[slot]) }
            if found == FeatureHash.none { return nil }
            slot = (slot + 1) & mask
        }
    }
}
