import ArabicText

/// Arabic names of countries, capitals, major cities and regions, for recall on places that the 2007 training
/// news never mentions. The rows are generated from Unicode CLDR by `scripts/gen_gazetteer.py`
/// (see `GazetteerData.swift` for sources and licenses); names are looked up by their matching key.
public enum Gazetteer {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case country, capital, city, region
    }

    public struct Place: Sendable, Hashable {
        public var name: String
        public var kind: Kind
    }

    public static let places: [Place] = generatedRows.split(separator: "\n").compactMap { row in
        let fields = row.split(separator: "\t", maxSplits: 1)
        guard fields.count == 2, let kind = Kind(rawValue: String(fields[0])) else { return nil }
        return Place(name: String(fields[1]), kind: kind)
    }

    /// Every place by the matching key of its name (the first row wins when two names share a key).
    public static let placesByKey: [String: Place] = Dictionary(
        places.map { (MatchingKey.of($0.name), $0) }, uniquingKeysWith: { first, _ in first }
    )

    /// The place a written name refers to, compared on matching keys (`الاردن` finds `الأردن`).
    public static func place(named written: String) -> Place? {
        place(forKey: MatchingKey.of(written))
    }

    /// The place whose name has the matching key `key`.
    static func place(forKey key: String) -> Place? {
        placesByByteKey[ByteKey(key)]
    }

    /// `placesByKey` for lookups on every word of an article, without Unicode-aware string hashing.
    private static let placesByByteKey: [ByteKey: Place] = Dictionary(
        placesByKey.map { (ByteKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }
    )

    /// The place whose name `key` (a matching key) spells another way: the same letters but for long vowels, hamza
    /// seats and doubled letters (`SpellingSkeleton`), with ج and غ alike, both written for a foreign g
    /// (`شتوتجارت`, `شتوتغارت`; `جوهانسبورغ`, `جوهانسبرغ`), and the same last letter; only for names of five such
    /// letters or more that no other place shares. Many common words share such letters with a place (`القديس`,
    /// `القدس`), so its answer counts only for words general text does not have (`WordKnowledge.placeSpelled(likeKey:)`).
    static func place(spelledLike key: String) -> Place? {
        spelling(of: key).flatMap { placesBySpelling[$0] }
    }

    /// Places by `spelling(of:)`, leaving out spellings two places share.
    private static let placesBySpelling: [UInt64: Place] = {
        var bySpelling: [UInt64: [Place]] = [:]
        for place in places {
            if let spelling = spelling(of: MatchingKey.of(place.name)) { bySpelling[spelling, default: []].append(place) }
        }
        return bySpelling.compactMapValues { Set($0.map(\.name)).count == 1 ? $0[0] : nil }
    }()

    /// A hash of the letters `place(spelledLike:)` compares, nil for fewer than five of them: each word's
    /// `SpellingSkeleton` with ج read as غ, then its last letter. Hashed in one pass without building strings or
    /// arrays, since it is asked about every long word of an article.
    private static func spelling(of key: String) -> UInt64? {
        let jeem: Unicode.Scalar = "\u{062C}", ghain: Unicode.Scalar = "\u{063A}", space: Unicode.Scalar = " "
        var hash = FeatureHash.Running()
        var letters = 0
        var wordStart = true
        var lastKept: Unicode.Scalar?
        var lastInWord: Unicode.Scalar?
        func append(_ scalar: Unicode.Scalar) {
            hash.append(scalar)
            lastKept = scalar
        }
        func endWord() {
            if let lastInWord { append(lastInWord); append(space) }
            lastInWord = nil
            wordStart = true
        }
        for written in key.unicodeScalars {
            if written == space { endWord(); continue }
            let scalar = written == jeem ? ghain : written
            lastInWord = scalar
            defer { wordStart = false }
            if !wordStart, SpellingSkeleton.isWeak(scalar) { continue }
            if !wordStart, lastKept == scalar { continue }
            append(scalar)
            letters += 1
        }
        endWord()
        return letters >= 5 ? hash.value : nil
    }
}
