import ArabicText

/// The words of a text as `SearchTerms.words` finds them, read off its UTF-8 bytes, each with a 64-bit hash of its
/// bytes: the index tells words apart by hash, so it makes no string for a word it has met before.
enum HashedWords {
    /// Calls `body` with each word's hash and byte offsets, in order.
    static func forEach(in text: String, _ body: (_ hash: UInt64, _ bytes: Range<Int>) -> Void) {
        text[...].withUTF8Scalars { scalars in
            var start = -1
            var hash = offsetBasis
            var position = 0
            while position < scalars.count {
                let (scalar, next) = scalars.scalar(at: position)
                if SearchTerms.isWordScalar(scalar) {
                    if start < 0 { (start, hash) = (position, offsetBasis) }
                    for offset in position..<next { hash = (hash ^ UInt64(scalars[byte: offset])) &* prime }
                } else if start >= 0 {
                    body(hash, start..<position)
                    start = -1
                }
                position = next
            }
            if start >= 0 { body(hash, start..<scalars.count) }
        }
    }

    /// The hash `forEach` gives a word spelled `text`.
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
    }

    // FNV-1a.
    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01B3
}

/// An open-addressing map from 64-bit hashes to dense positions 0..<count, in the order keys were first inserted.
/// Linear probing over a power-of-two table, at most half full. Enrichment's `HashIndex` is the same idea for
/// finalized feature hashes, internal to that module; this one spreads raw FNV hashes itself (`home(of:)`).
struct HashPositions: Sendable {
    private struct Slot {
        var key: UInt64
        /// -1 in an empty slot.
        var position: Int32
    }

    private var slots = [Slot](repeating: Slot(key: 0, position: -1), count: 16)
    private var shift = 60
    private(set) var count = 0

    /// The position of `key`, and whether it was added at the end.
    mutating func insert(_ key: UInt64) -> (position: Int, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        let (mask, new) = (slots.count - 1, count)
        var slot = home(of: key)
        let found = slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot].position >= 0 {
                if slots[slot].key == key { return Int(slots[slot].position) }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(key: key, position: Int32(new))
            return new
        }
        if found == new { count += 1 }
        return (found, found == new)
    }

    /// The slot a key is looked for from: the top bits of its product with 2⁶⁴/φ, as FNV's low bits mix poorly.
    private func home(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, position: -1), count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for slot in old where slot.position >= 0 {
            var index = home(of: slot.key)
            while slots[index].position >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}
