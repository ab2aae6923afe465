/// Well-formed UTF-8 (a string's own storage) read scalar by scalar at byte offsets, without the index
/// checks of a string's scalar view.
public struct UTF8Scalars {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>

    @usableFromInline init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    @inlinable public var count: Int { bytes.count }

    /// The byte at offset `position`.
    @inlinable public subscript(byte position: Int) -> UInt8 { bytes[position] }

    /// The scalar that starts at byte `position`, and the offset of the next one.
    @inlinable
    public func scalar(at position: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = UInt32(bytes[position])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[position + offset] & 0x3F) }
        let value: UInt32, width: Int
        switch lead {
        case ..<0x80: (value, width) = (lead, 1)
        case ..<0xE0: (value, width) = ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: (value, width) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: (value, width) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        // Well-formed UTF-8 always decodes to a scalar; the replacement character only guards the type.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", position + width)
    }
}

extension Substring {
    /// Runs `body` over the substring's UTF-8, in place when the string stores it contiguously.
    @inlinable
    public func withUTF8Scalars<Result>(_ body: (UTF8Scalars) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable { body(UTF8Scalars(bytes: $0)) }
            ?? Array(utf8).withUnsafeBufferPointer { body(UTF8Scalars(bytes: $0)) }
    }
}
