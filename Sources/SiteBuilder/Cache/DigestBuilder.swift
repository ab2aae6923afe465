/// Folds values into one `ContentHash`, the same on every run and machine (unlike Swift's seeded `Hasher`).
/// Each value is written with its length first, so `("ab", "c")` and `("a", "bc")` never collide by construction.
struct DigestBuilder {
    private var bytes: [UInt8] = []

    init(_ label: String) {
        bytes.reserveCapacity(256)
        add(label)
    }

    mutating func add(_ text: String) {
        add(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func add(_ number: Int) {
        add(UInt64(bitPattern: Int64(number)))
    }

    mutating func add(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func add(_ hash: ContentHash) {
        add(hash.value)
    }

    mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    var digest: ContentHash { ContentHash(bytes) }
}
