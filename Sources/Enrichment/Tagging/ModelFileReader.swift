/// Reads the fields `ModelFileWriter` wrote, checking every length against the bytes left.
struct ModelFileReader {
    struct Truncated: Error {
        let field: String
    }

    private let bytes: [UInt8]
    private var offset = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type, _ field: String) throws -> Value {
        let size = MemoryLayout<Value>.size
        guard bytes.count - offset >= size else { throw Truncated(field: field) }
        var value = Value.zero
        for index in 0..<size {
            value |= Value(truncatingIfNeeded: bytes[offset + index]) << (8 * index)
        }
        offset += size
        return value
    }

    mutating func readFloat(_ field: String) throws -> Float {
        Float(bitPattern: try read(UInt32.self, field))
    }

    mutating func readString(_ field: String) throws -> String {
        let length = Int(try read(UInt32.self, field))
        guard bytes.count - offset >= length else { throw Truncated(field: field) }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func readArray<Value: BitwiseCopyable>(of _: Value.Type, _ field: String) throws -> [Value] {
        let count = Int(try read(UInt32.self, field))
        let size = count * MemoryLayout<Value>.stride
        guard bytes.count - offset >= size else { throw Truncated(field: field) }
        let values = [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + size]))
            }
            initialized = count
        }
        offset += size
        return values
    }
}
