/// A compact byte format for caches Mujaz writes and reads itself: little-endian integers, length-prefixed UTF-8.
/// Reading never traps: any malformed or truncated input makes the reader fail, and the cache is then ignored.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    /// Makes room for `count` more bytes at once, for a file of many records written one value at a time.
    mutating func reserveCapacity(adding count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    /// Bytes already encoded, as they are.
    mutating func append(encoded: ArraySlice<UInt8>) {
        bytes.append(contentsOf: encoded)
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    mutating func write(_ values: [Int]) {
        write(values.count)
        for value in values { write(value) }
    }
}

struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readUInt64() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        offset += 8
        return value
    }

    /// A count or size: never negative, never more than the bytes left (so a corrupt length cannot allocate wildly).
    mutating func readCount() -> Int? {
        guard let value = readUInt64(), value <= UInt64(bytes.count - offset) else { return nil }
        return Int(value)
    }

    mutating func readInt() -> Int? {
        readUInt64().map { Int(Int64(bitPattern: $0)) }
    }

    mutating func readBool() -> Bool? {
        guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    /// Where the next value starts, to come back to with `seek(to:)`.
    var position: Int { offset }

    mutating func seek(to position: Int) -> Bool {
        guard position >= 0, position <= bytes.count else { return false }
        offset = position
        return true
    }

    mutating func readString() -> String? {
        readStringBytes().flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// The next string's bytes, not decoded: to compare it or pass over it cheaply.
    mutating func readStringBytes() -> ArraySlice<UInt8>? {
        guard let count = readCount() else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func readOptionalString() -> String?? {
        guard let present = readBool() else { return nil }
        guard present else { return .some(nil) }
        return readString().map { .some($0) }
    }

    mutating func readStrings() -> [String]? {
        readList { $0.readString() }
    }

    mutating func readInts() -> [Int]? {
        readList { $0.readInt() }
    }

    /// A count, then that many values read by `readOne`.
    private mutating func readList<Value>(_ readOne: (inout ByteReader) -> Value?) -> [Value]? {
        guard let count = readCount() else { return nil }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = readOne(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}

/// The state files in `.mujaz/` open with a signature naming their format and version.
extension ByteWriter {
    init(signature: String) {
        self.init()
        write(signature)
    }

    /// Saves the bytes atomically as `file` (a temporary file beside it, then a rename); returns their hash.
    @discardableResult
    func save(to file: String) throws(Diagnostic) -> ContentHash {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        _ = try FileSystem.replaceAtomically(file, with: bytes, temporaryName: OutputPathRules.temporaryPrefix + name)
        return ContentHash(bytes)
    }
}

extension ByteReader {
    /// A reader after the signature, or nil when `bytes` are of another format or version.
    init?(_ bytes: [UInt8], signature: String) {
        self.init(bytes)
        guard readString() == signature else { return nil }
    }

    /// The state file at `file`, read past its signature; nil when it is missing or of another format or version.
    init?(file: String, signature: String) {
        guard let bytes = FileSystem.contents(file) else { return nil }
        self.init(bytes, signature: signature)
    }
}
