/// An open-addressing map from 64-bit hashes (of features or words) to dense positions 0..<count, in the order
/// keys were first inserted. Linear probing over a power-of-two table, at most half full, keeps a lookup to one
/// or two cache lines.
struct HashIndex: Sendable {
    /// Key and position side by side, so that a lookup touches one cache line.
    private struct Slot {
        var key: UInt64
        var position: Int32
    }

    private var slots: [Slot]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: FeatureHash.none, position: -1), count: size)
        mask = size - 1
    }

    init(keys: [UInt64]) {
        self.init(capacity: keys.count)
        for key in keys { _ = insert(key) }
    }

    /// The position of `key`, adding it at the end when new (the table doubles when half full).
    mutating func insert(_ key: UInt64) -> Int {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].key != FeatureHash.none {
            if slots[slot].key == key { return Int(slots[slot].position) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, position: Int32(count))
        count += 1
        return count - 1
    }

    private mutating func grow() {
        var larger = HashIndex(capacity: slots.count)
        for slot in slots where slot.key != FeatureHash.none {
            var index = Int(truncatingIfNeeded: slot.key) & larger.mask
            while larger.slots[index].key != FeatureHash.none { index = (index + 1) & larger.mask }
            larger.slots[index] = slot
        }
        larger.count = count
        self = larger
    }

    @inline(__always)
    func position(of key: UInt64) -> Int? {
        // `FeatureHash.none` marks empty slots and is never a key.
        guard key != FeatureHash.none else { return nil }
        var slot = Int(truncatingIfNeeded: key) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let found = slots[slot]
                if found.key == key { return Int(found.position) }
                if found.key == FeatureHash.none { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
