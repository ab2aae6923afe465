/// A fast 64-bit fingerprint of bytes (the XXH64 algorithm, seed 0), used to tell unchanged files and
/// inputs apart without keeping or re-reading their contents. Always stored together with the byte count.
struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    var value: UInt64

    init(value: UInt64) {
        self.value = value
    }

    init(_ bytes: [UInt8]) {
        self.value = bytes.withUnsafeBytes { ContentHash.xxh64($0) }
    }

    init(_ text: String) {
        var text = text
        self.value = text.withUTF8 { ContentHash.xxh64(UnsafeRawBufferPointer($0)) }
    }

    /// Sixteen lowercase hex digits, fixed width so manifests stay aligned and parse without ambiguity.
    var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    init?(hex: Substring) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    private static func merge(_ hash: UInt64, _ accumulator: UInt64) -> UInt64 {
        (hash ^ round(0, accumulator)) &* prime1 &+ prime4
    }

    static func xxh64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let length = bytes.count
        var offset = 0
        func word64() -> UInt64 {
            defer { offset += 8 }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        var hash: UInt64
        if length >= 32 {
            var lane1 = prime1 &+ prime2, lane2 = prime2, lane3: UInt64 = 0, lane4: UInt64 = 0 &- prime1
            while offset + 32 <= length {
                lane1 = round(lane1, word64())
                lane2 = round(lane2, word64())
                lane3 = round(lane3, word64())
                lane4 = round(lane4, word64())
            }
            hash = rotate(lane1, 1) &+ rotate(lane2, 7) &+ rotate(lane3, 12) &+ rotate(lane4, 18)
            hash = merge(merge(merge(merge(hash, lane1), lane2), lane3), lane4)
        } else {
            hash = prime5
        }
        hash &+= UInt64(length)
        while offset + 8 <= length {
            hash = rotate(hash ^ round(0, word64()), 27) &* prime1 &+ prime4
        }
        if offset + 4 <= length {
            let word = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            hash = rotate(hash ^ (word &* prime1), 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < length {
            hash = rotate(hash ^ (UInt64(bytes[offset]) &* prime5), 11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        hash ^= hash >> 32
        return hash
    }
}
