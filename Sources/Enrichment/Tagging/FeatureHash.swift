/// 64-bit hashing for feature names and words. Features are never stored as strings: a feature is the hash of
/// its template and values, wide enough that collisions among a few million features are negligible.
enum FeatureHash {
    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// Stands for "no value" (e.g. no stripped stem); features built from it are skipped.
    static let none: UInt64 = 0

    static func of(_ text: some StringProtocol) -> UInt64 {
        finalize(fnv(text.utf8, from: fnvOffset))
    }

    /// The hash of `first` and `second` written one after the other, without joining them.
    static func of(_ first: some StringProtocol, _ second: some StringProtocol) -> UInt64 {
        finalize(fnv(second.utf8, from: fnv(first.utf8, from: fnvOffset)))
    }

    private static func fnv(_ bytes: some Sequence<UInt8>, from start: UInt64) -> UInt64 {
        // Through a buffer when the bytes are contiguous (native strings are): iterating a UTF-8 view byte by byte
        // took half the time of hashing, which an import does several times for every word.
        bytes.withContiguousStorageIfAvailable { fnvLoop($0, from: start) } ?? fnvLoop(bytes, from: start)
    }

    @inline(__always)
    private static func fnvLoop(_ bytes: some Sequence<UInt8>, from start: UInt64) -> UInt64 {
        var hash = start
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* fnvPrime
        }
        return hash
    }

    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        of(scalarSequence: scalars)
    }

    /// The hash `of(_:)` gives the scalars of `text`, read in place rather than copied into an array first.
    static func of(scalarsOf text: some StringProtocol) -> UInt64 {
        of(scalarSequence: text.unicodeScalars)
    }

    @inline(__always)
    private static func of(scalarSequence scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        var running = Running()
        for scalar in scalars { running.append(scalar) }
        return running.value
    }

    /// The hash `of(_:)` gives scalars appended one at a time, for scalars worked out on the way.
    struct Running {
        private var hash = FeatureHash.fnvOffset

        @inline(__always)
        mutating func append(_ scalar: Unicode.Scalar) {
            hash = (hash ^ UInt64(scalar.value)) &* FeatureHash.fnvPrime
        }

        var value: UInt64 { FeatureHash.finalize(hash) }
    }

    static func of(_ value: Int) -> UInt64 {
        finalize(UInt64(bitPattern: Int64(value)) &+ 0x9e37_79b9_7f4a_7c15)
    }

    /// Combines two hashes order-sensitively (a template with a value, or a value with its neighbour).
    @inline(__always)
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        finalize(first &* 0x9e37_79b9_7f4a_7c15 ^ (second &+ 0x632b_e59b_d9b4_e019))
    }

    /// SplitMix64's finalizer: spreads every input bit over the whole word.
    @inline(__always)
    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z = z ^ (z >> 31)
        return z == none ? 1 : z
    }
}
