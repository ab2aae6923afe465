#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The weights of every pass as the tagger reads them: an open-addressing table whose cache-line-aligned
/// slots hold a feature hash next to its weights for all passes, so that scoring a feature for both passes
/// touches one cache line, instead of an index and then a weight array, once per pass.
final class WeightTable: @unchecked Sendable {
    /// Weights per feature: `EntityTagSet.count` for each pass, pass after pass.
    let width: Int
    private let slotBytes: Int
    private static let weightsOffset = MemoryLayout<UInt64>.size
    private let slots: UnsafeMutableRawPointer
    /// What `calloc` returned, which `slots` lies in.
    private let allocation: UnsafeMutableRawPointer
    private let slotCount: Int
    /// A blocked Bloom filter of the features in the table, 8 to 16 bits each (about 1 MB), small enough to stay
    /// in the core's cache: many features of unseen text are not in the model, and the filter answers for most of
    /// them without reading the big table. A feature it lets through is looked up as before, so answers are exact.
    private let filter: [UInt64]
    private let filterMask: Int

    init(passes: [LinearStage]) {
        let tags = EntityTagSet.count
        width = passes.count * tags
        slotBytes = Self.weightsOffset + width * MemoryLayout<Int16>.size <= 32 ? 32 : 64
        precondition(Self.weightsOffset + width * MemoryLayout<Int16>.size <= slotBytes, "at most two passes")
        let featureCount = passes.reduce(0) { $0 + $1.featureKeys.count }
        // At most four fifths full even if the passes share no feature; about half when they share most,
        // so that a feature the model never learned is found missing after a probe or two.
        slotCount = max(16, featureCount * 5 / 4)
        (allocation, slots) = Self.allocateZeroed(byteCount: slotCount * slotBytes)
        var filterWords = 64
        while filterWords * 64 < featureCount * 8 { filterWords <<= 1 }
        let filterMask = filterWords - 1
        filter = [UInt64](unsafeUninitializedCapacity: filterWords) { filter, initialized in
            filter.initialize(repeating: 0)
            for stage in passes {
                for key in stage.featureKeys { filter[Self.filterWord(of: key, mask: filterMask)] |= Self.filterBits(of: key) }
            }
            initialized = filterWords
        }
        self.filterMask = filterMask
        for (pass, stage) in passes.enumerated() {
            for (index, key) in stage.featureKeys.enumerated() {
                var slot = home(of: key)
                while true {
                    let found = slots.load(fromByteOffset: slot * slotBytes, as: UInt64.self)
                    if found == key || found == FeatureHash.none { break }
                    slot = slot + 1 == slotCount ? 0 : slot + 1
                }
                let base = slots + slot * slotBytes
                base.storeBytes(of: key, as: UInt64.self)
                let row = (base + Self.weightsOffset).assumingMemoryBound(to: Int16.self) + pass * tags
                for tag in 0..<tags { row[tag] = stage.weights[index * tags + tag] }
            }
        }
    }

    deinit {
        free(allocation)
    }

    /// Adds the weights the model has for the features of several positions at once: those of position `p` are
    /// `features[ends[p - 1]..<ends[p]]` (from 0 for the first), and go to the `width` sums at `sums + p * width`.
    func add(_ features: [UInt64], ends: [Int], to sums: UnsafeMutablePointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { homeKeys in
            // The home slots are read first, so that their cache misses overlap instead of waiting one after the
            // other, across all the positions; the second loop then finds them in cache. A feature the filter
            // rules out counts as an empty home slot.
            filter.withUnsafeBufferPointer { filter in
                for (index, feature) in features.enumerated() {
                    let bits = Self.filterBits(of: feature)
                    homeKeys[index] = filter[Self.filterWord(of: feature, mask: filterMask)] & bits == bits
                        ? slots.load(fromByteOffset: home(of: feature) * slotBytes, as: UInt64.self) : FeatureHash.none
                }
            }
            var start = 0
            for (position, end) in ends.enumerated() {
                let target = sums + position * width
                for index in start..<end where homeKeys[index] != FeatureHash.none {
                    let feature = features[index]
                    var slot = home(of: feature)
                    while true {
                        let base = slots + slot * slotBytes
                        let found = base.load(as: UInt64.self)
                        if found == feature {
                            let row = (base + Self.weightsOffset).assumingMemoryBound(to: Int16.self)
                            for column in 0..<width { target[column] &+= Int32(row[column]) }
                            break
                        }
                        if found == FeatureHash.none { break }
                        slot = slot + 1 == slotCount ? 0 : slot + 1
                    }
                }
                start = end
            }
        }
    }

    /// Zeroed memory for the slots, aligned to a cache line. `calloc` maps a block this large straight from
    /// the kernel, whose pages are already zero, so loading writes no zeros of its own (over 100 MB). Tagging
    /// reads the slots at random, so on Linux the table asks for huge pages: with 4 KB pages nearly every lookup
    /// would also miss the TLB, and loading would take a page fault per 4 KB.
    private static func allocateZeroed(byteCount: Int) -> (allocation: UnsafeMutableRawPointer, slots: UnsafeMutableRawPointer) {
        let cacheLine = 64
        guard let allocation = calloc(byteCount + cacheLine, 1) else { fatalError("out of memory for the tagger's weights") }
        let slots = allocation.alignedUp(toMultipleOf: cacheLine)
        #if os(Linux)
        // madvise takes whole pages; calloc's block starts a little after one.
        let page = 4_096
        let start = allocation.alignedUp(toMultipleOf: page)
        _ = madvise(start, (allocation + byteCount + cacheLine - start) / page * page, MADV_HUGEPAGE)
        #endif
        return (allocation, slots)
    }

    /// The filter word of a key: from its low bits (`home` uses its high bits).
    @inline(__always)
    private static func filterWord(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key) & mask
    }

    /// Three bits of the filter word, from three six-bit fields in the middle of the key.
    @inline(__always)
    private static func filterBits(of key: UInt64) -> UInt64 {
        1 << (key >> 20 & 63) | 1 << (key >> 26 & 63) | 1 << (key >> 32 & 63)
    }

    /// Keys are already well mixed, so their high bits scaled to the table size make a fair slot.
    @inline(__always)
    private func home(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: key.multipliedFullWidth(by: UInt64(slotCount)).high)
    }
}
