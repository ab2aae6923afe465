import ArabicText

/// Places run together in text copied from the web, where a space went missing: `ولندنوأنقرةوبودابست`,
/// `فيهولندا`. A word that reads whole as known places joined by و, or as `في` before one, is cut into those
/// words; the tagger then sees each place as it would with the spaces in (`ولندن`, `وأنقرة`; `في`, `هولندا`).
/// Only places decide: a real word that reads so is too rare to weigh against the places lost.
enum GluedPlaces {
    /// The words of a sentence with glued places cut apart, nil when it has none. `isPlace` tells a one-word
    /// place (the gazetteer's, or a city of the name lists).
    static func cutting(_ words: [Substring], isPlace: (Substring) -> Bool) -> [Substring]? {
        var cut: [Substring]?
        for (position, word) in words.enumerated() {
            if let pieces = pieces(of: word, isPlace: isPlace) {
                if cut == nil { cut = Array(words[..<position]) }
                cut? += pieces
            } else {
                cut?.append(word)
            }
        }
        return cut
    }

    /// The pieces of `word`, slices of it in order, or nil when it is not glued places. Places of fewer than
    /// four letters are too often a word's start or end (`الم`, `ليك` are cities of the name lists); a lone
    /// place after في must be the gazetteer's.
    static func pieces(of word: Substring, isPlace knows: (Substring) -> Bool) -> [Substring]? {
        func isPlace(_ word: Substring) -> Bool { word.count >= 4 && knows(word) }
        func isPlaceAfterAnd(_ piece: Substring) -> Bool { piece.unicodeScalars.first == waw && isPlace(piece.dropFirst()) }
        guard mayBeGlued(word.utf8) else { return nil }
        let scalars = word.unicodeScalars
        let opensWithIn = scalars.starts(with: "في".unicodeScalars) && Gazetteer.place(forKey: MatchingKey.of(word.dropFirst(2))) != nil
        let waws = scalars.indices.dropFirst(4).filter { scalars[$0] == waw && word[$0...].count >= 5 }
        guard opensWithIn || waws.contains(where: { isPlaceAfterAnd(word[$0...]) }), !isPlace(word) else { return nil }
        // Every choice of the و that open a place, fewest first.
        let candidates = Array(waws.prefix(4))
        for choice in 0 ..< (1 << candidates.count) {
            let cuts = candidates.indices.filter { choice & (1 << $0) != 0 }.map { candidates[$0] }
            let bounds = [word.startIndex] + cuts + [word.endIndex]
            var pieces = zip(bounds, bounds.dropFirst()).map { word[$0..<$1] }
            guard pieces.dropFirst().allSatisfy(isPlaceAfterAnd) else { continue }
            if opensWithIn, cuts.isEmpty {
                let first = pieces.removeFirst()
                let placeStart = first.index(first.startIndex, offsetBy: 2)
                return [first[..<placeStart], first[placeStart...]]
            }
            if pieces.count > 1, isPlace(pieces[0]) || (isClitic(pieces[0].first) && isPlace(pieces[0].dropFirst())) {
                return pieces
            }
        }
        return nil
    }

    private static let waw: Unicode.Scalar = "\u{0648}"

    /// Whether a word of Arabic letters (two bytes each in UTF-8) opens with في or has a و after its fourth
    /// letter and before its last four: one pass over the bytes turns away nearly every word of a text.
    private static func mayBeGlued(_ bytes: Substring.UTF8View) -> Bool {
        let letterBytes = 2, shortestPiece = 4 * letterBytes
        guard bytes.count >= 6 * letterBytes else { return false }
        var offset = 0
        var previous: UInt8 = 0
        // The earliest و that leaves a first piece leaves the most room after it.
        var firstWawEnd: Int?
        for byte in bytes {
            offset += 1
            // و is D9 88.
            if firstWawEnd == nil, previous == 0xD9, byte == 0x88, offset - letterBytes >= shortestPiece { firstWawEnd = offset }
            previous = byte
        }
        if bytes.starts(with: [0xD9, 0x81, 0xD9, 0x8A]) { return true }
        return firstWawEnd.map { offset - $0 >= shortestPiece } == true
    }

    private static func isClitic(_ letter: Character?) -> Bool {
        letter.map { "وفبل".contains($0) } == true
    }
}
