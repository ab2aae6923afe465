import Foundation

/// Byte order: for text in one normal form (NFC), the order of code points, without Swift's Unicode-aware
/// comparison, which dominated sorting Arabic names and paths.
extension ByteKey: Comparable {
    public static func < (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                let order = common == 0 ? 0 : memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, common)
                return order != 0 ? order < 0 : leftBytes.count < rightBytes.count
            }
        }
    }
}
