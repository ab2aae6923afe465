import ArabicText

/// How search folds text into terms, on both sides: the build indexes article text with it, and the theme's
/// `search.js` folds the reader's query with a line-by-line port of it (the shared vectors of
/// `Tests/SiteBuilderTests/Search/fold-vectors.json` prove both agree).
///
/// A word is a run of letters, marks and digits. Its terms are its `MatchingKey` (diacritics, tatweel, alef
/// forms, ى, ة, Persian letters and digits folded) cut by `Clitics`: first the stem the spelling proves
/// (`بالقاهرة`, `القاهره` → `قاهره`), then the stems of the readings it does not prove, when shorter and of three
/// letters or more (`وغزة` → `وغزه`, `غزه`), so a name written with a conjunction or preposition still matches.
enum SearchTerms {
    /// The shortest stem taken from a reading the spelling does not prove; shorter ones are mostly noise.
    static let shortestAlternativeStem = 3

    /// The terms of each word of `text`, in order: the proven stem first, then the alternatives.
    static func fold(_ text: String) -> [[String]] {
        words(in: text).compactMap { word in
            let terms = terms(of: word)
            return terms.isEmpty ? nil : terms
        }
    }

    /// The runs of letters (L*), marks (M*) and digits (N*), as JavaScript's `/[\p{L}\p{M}\p{N}]+/gu` finds them.
    static func words(in text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(text[wordStart..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start { words.append(text[wordStart...]) }
        return words
    }

    static func terms(of word: Substring) -> [String] {
        let key = MatchingKey.of(word)
        guard !key.isEmpty else { return [] }
        // Clitics are looked for in plain Arabic words only, where a letter is one scalar on both sides.
        guard key.unicodeScalars.allSatisfy(isPlainArabicLetter) else { return [key] }
        let keyWord = Substring(key)
        let proven = String(Clitics.split(keyWord).stem)
        var terms = [proven]
        let provenLength = proven.unicodeScalars.count
        for reading in Clitics.readings(keyWord) {
            let stem = String(reading.stem)
            let length = stem.unicodeScalars.count
            if length < provenLength, length >= shortestAlternativeStem, !terms.contains(stem) { terms.append(stem) }
        }
        return terms
    }

    /// Letters, marks and digits: what a word is made of, on both sides (`HashedWords` reads the same).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // Most text is ASCII and Arabic letters and harakat, known without asking for the general category.
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if (0x0621...0x063A).contains(value) || (0x0641...0x0652).contains(value) { return true }
        return switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    private static func isPlainArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0621...0x063A).contains(scalar.value) || (0x0641...0x064A).contains(scalar.value)
    }
}
