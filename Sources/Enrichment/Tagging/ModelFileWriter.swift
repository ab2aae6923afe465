/// Appends the little-endian binary fields of a model file.
struct ModelFileWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ value: Float) {
        append(value.bitPattern)
    }

    mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    /// Bulk copy: the file is little-endian and so are the hosts Swift targets (x86-64, arm64).
    mutating func append<Value: BitwiseCopyable>(contentsOf values: [Value]) {
        append(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}
