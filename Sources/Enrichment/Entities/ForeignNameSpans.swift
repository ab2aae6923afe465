import ArabicText

/// Foreign names that the tagger, trained on Arabic words, cuts short:
/// - a name in Latin letters (all of it: a Latin word after an Arabic name is another matter) runs over the capitalized Latin words around it and the `&`, `-` or `.` that join
///   Latin words without a space (`Joseph Marie Jacquard`, `PAN AMERICAN WORLD AIR LINES`, `AT&T`);
/// - a place whose name opens with a foreign word that is never a place alone (`نيو يورك`, `بورتو ريكو`,
///   `سان فرانسيسكو`) keeps both words in one span.
enum ForeignNameSpans {
    static func extendingLatinNames(_ tags: [String], words: [Substring]) -> [String] {
        var tags = tags
        var index = 0
        while index < tags.count {
            // Nearly every span opens with an Arabic word: it is passed over before any tag is built.
            guard tags[index].hasPrefix("B-"), isLatinWord(words[index]) else {
                index += 1
                continue
            }
            let type = tags[index].dropFirst(2)
            let opening = "B-" + type, inside = "I-" + type
            func spanEnd(from position: Int) -> Int {
                var end = position
                while end + 1 < tags.count, tags[end + 1] == inside { end += 1 }
                return end
            }
            var end = spanEnd(from: index)
            guard words[index...end].allSatisfy({ isLatinWord($0) || joiners.contains($0) }) else {
                index = end + 1
                continue
            }
            var start = index
            while start > 0, tags[start - 1] == "O", isCapitalizedLatin(words[start - 1]) { start -= 1 }
            while end + 1 < tags.count {
                if tags[end + 1] == "O" || tags[end + 1] == opening, isLatinWord(words[end]), isCapitalizedLatin(words[end + 1]) {
                    end = spanEnd(from: end + 1)
                } else if end + 2 < tags.count, tags[end + 1] == "O", joiners.contains(words[end + 1]),
                          isLatinWord(words[end]), isLatinWord(words[end + 2]),
                          touch(words[end], words[end + 1]), touch(words[end + 1], words[end + 2]),
                          tags[end + 2] == "O" || tags[end + 2] == opening {
                    end = spanEnd(from: end + 2)
                } else {
                    break
                }
            }
            tags[start] = opening
            if end > start {
                for position in start + 1 ... end { tags[position] = inside }
            }
            index = end + 1
        }
        return tags
    }

    /// Foreign words that open place names and are never places alone, also behind و ف ب ل, by the hash of
    /// their keys.
    private static let placePrefixes = HashIndex(keys: Set("""
        نيو سان سانتا سانت بورتو بورت لوس لاس ريو بوينس كوستا فورت
        """.split(separator: " ").flatMap { prefix in
        ["", "\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}"].map { FeatureHash.of($0 + MatchingKey.of(prefix)) }
    }).sorted())

    /// A place-name prefix (also behind و ف ب ل) and the word after it make one place when the tagger saw a
    /// place in either; the tagger often takes the second word for a name of another kind (`يورك`).
    static func joiningPlacePrefixes(_ tags: [String], words: [Substring], hashes: [UInt64]) -> [String] {
        var tags = tags
        for index in tags.indices.dropLast() where placePrefixes.position(of: hashes[index]) != nil {
            let next = index + 1
            guard tags[index].hasSuffix("-LOC") || tags[next] == "B-LOC", !tags[next].hasPrefix("I-"),
                  WritingScript.of(word: words[next]) == .arabic
            else { continue }
            if !tags[index].hasSuffix("-LOC") { tags[index] = "B-LOC" }
            let nextType = tags[next].dropFirst(2)
            tags[next] = "I-LOC"
            var inside = next + 1
            while inside < tags.count, tags[inside] == "I-" + nextType {
                tags[inside] = "I-LOC"
                inside += 1
            }
        }
        return tags
    }

    private static let joiners: Set<Substring> = ["&", "-", "."]

    private static func isLatinWord(_ word: Substring) -> Bool {
        WritingScript.of(word: word) == .latin
    }

    static func isCapitalizedLatin(_ word: Substring) -> Bool {
        word.unicodeScalars.first.map { WritingScript.of($0) == .latin && $0.properties.isUppercase } == true
    }

    /// Whether two tokens of one text stand with no space between them (tokens of separate strings never do).
    private static func touch(_ left: Substring, _ right: Substring) -> Bool {
        left.endIndex == right.startIndex
    }
}
