import Foundation

/// A matching key that hashes and compares by its UTF-8 bytes, for sets and dictionaries of keys.
///
/// Swift's `String` normalizes Unicode to hash and to compare, which on Arabic costs more than the lookup
/// itself. Matching keys come out of `MatchingKey.of` in one normal form, so equal keys have equal bytes.
public struct ByteKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.text, right = rhs.text
        // memcmp: `elementsEqual` goes byte by byte, and every dictionary hit of a key ends in this comparison.
        return left.utf8.count == right.utf8.count && left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0
            }
        }
    }
}
