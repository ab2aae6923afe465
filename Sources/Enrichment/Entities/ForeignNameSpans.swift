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
            // A definite word after it is an adjective (`بورتو البرتغالي`, the club): no such name has the article.
            guard tags[index].hasSuffix("-LOC") || tags[next] == "B-LOC", !tags[next].hasPrefix("I-"),
                  WritingScript.of(word: words[next]) == .arabic, !MatchingKey.of(words[next]).hasPrefix("ال")
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

    /// Latin letters spelled out in Arabic (`بي بي سي`, `سي إن إن`, `آي بي إم`), which the tagger reads as words:
    /// it cuts the acronym short (`سي`) or takes it for a person. A span that starts or ends on a letter runs
    /// over the letters next to it, and a span of letters alone is an organization: initials alone name a
    /// company, a network or an agency, not a person or a place. A letter spelled like a function word (`إن`,
    /// `أم`, `أي`) is taken after the tagger's span only when doubled (`سي إن إن`), for it is far more often
    /// the word (`قالت بي بي سي إن …`).
    static func spellingOutAcronyms(_ tags: [String], words: [Substring], keys: [String]) -> [String] {
        var tags = tags
        var index = 0
        while index < tags.count {
            guard tags[index].hasPrefix("B-") else {
                index += 1
                continue
            }
            let inside = "I" + tags[index].dropFirst()
            var end = index + 1
            while end < tags.count, tags[end] == inside { end += 1 }
            guard isSpelledLetter(keys[index]) || isSpelledLetter(keys[end - 1]) || isSpelledLetterAfterAnd(keys[index]) else {
                index = end
                continue
            }
            var start = index
            while start > 0, tags[start - 1] == "O", isSpelledLetter(keys[start - 1]), !isFunctionWordLetter(words[start - 1]) {
                start -= 1
            }
            var last = end
            while last < tags.count, tags[last] == "O", isSpelledLetter(keys[last]) { last += 1 }
            while last > end, isFunctionWordLetter(words[last - 1]), keys[last - 1] != keys[last - 2] { last -= 1 }
            let letters = [isSpelledLetterAfterAnd(keys[start]) ? String(keys[start].dropFirst()) : keys[start]] + keys[(start + 1)..<last]
            let type = isSpelledAcronym(letters) ? "ORG" : tags[index].dropFirst(2)
            SpanTags.mark(&tags, start..<last, label: type)
            index = last
        }
        return tags
    }

    /// Whether the words (matching keys) are two or more spelled-out Latin letters and nothing else.
    static func isSpelledAcronym(_ keys: some Collection<String>) -> Bool {
        keys.count >= 2 && keys.allSatisfy(isSpelledLetter)
    }

    /// The Arabic spellings of Latin letter names, as matching keys.
    private static let spelledLetters = KeySet("""
        آي أي اي إي ايه إيه أيه بي سي دي إف اف جي إتش اتش إيتش ايتش جاي كي كيه إل إم ام أم كيو آر ار إس اس \
        تي يو في دبليو إكس اكس واي زد إن ان أو او
        """.split(whereSeparator: \.isWhitespace).map { MatchingKey.of($0) })

    /// Letter names written as Arabic function words (`إن`, `أن` "that", `أم` "or", `أي` "any", `كي` "so that").
    private static let functionWordLetters: Set<Substring> = ["إن", "أن", "ان", "أم", "أي", "اي", "إي", "كي", "أو", "او", "في"]

    private static func isSpelledLetter(_ key: String) -> Bool {
        spelledLetters.contains(key)
    }

    /// A letter behind the conjunction و, which opens an acronym as it opens any name (`واتش ار دي`).
    private static func isSpelledLetterAfterAnd(_ key: String) -> Bool {
        key.hasPrefix("\u{0648}") && isSpelledLetter(String(key.dropFirst()))
    }

    private static func isFunctionWordLetter(_ word: Substring) -> Bool {
        functionWordLetters.contains(word)
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
