import Foundation

/// A string used as a dictionary key by its exact UTF-8 bytes. Swift's own `String` hashing and `<` normalize
/// Unicode on the way, which dominated model building on Arabic names; the texts keyed here (matching keys,
/// names as written) are compared as written, and for NFC text byte order is code point order.
struct TextKey: Hashable, Comparable, Sendable {
    let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        compare(lhs, rhs) == 0
    }

    static func < (lhs: TextKey, rhs: TextKey) -> Bool {
        compare(lhs, rhs) < 0
    }

    private static func compare(_ lhs: TextKey, _ rhs: TextKey) -> Int32 {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                let order = common == 0 ? 0 : memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, common)
                return order != 0 ? order : Int32(leftBytes.count - rightBytes.count).signum()
            }
        }
    }
}
