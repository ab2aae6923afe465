/// Classification of the characters the tokenizer, clitic splitter and sentence splitter care about.
/// A `Character` is judged by its first scalar, so a letter carrying diacritics is still that letter.
enum ArabicLetters {
    static let waw: Unicode.Scalar = "\u{0648}"
    static let faa: Unicode.Scalar = "\u{0641}"
    static let baa: Unicode.Scalar = "\u{0628}"
    static let lam: Unicode.Scalar = "\u{0644}"
    static let kaf: Unicode.Scalar = "\u{0643}"
    /// ک, which Persian keyboards type for ك.
    static let persianKaf: Unicode.Scalar = "\u{06A9}"
    static let alef: Unicode.Scalar = "\u{0627}"
    static let tatweel: Unicode.Scalar = "\u{0640}"

    /// Alef carrying or replacing a hamza (أ إ آ): a word never starts with و or ف followed by one of
    /// these unless the و/ف is the conjunction (`وإسرائيل`, `فإن`).
    static func isHamzaAlef(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{0623}" || scalar == "\u{0625}" || scalar == "\u{0622}"
    }

    /// Letters, combining marks, tatweel and the zero-width joiners that may sit inside a word.
    static func isWordCharacter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        if scalar == tatweel || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        let properties = scalar.properties
        return properties.isAlphabetic && properties.numericType == nil
    }

    static func isDigit(_ character: Character) -> Bool {
        character.unicodeScalars.first?.properties.numericType == .decimal
    }

    /// Separators that belong to a number when they sit between two digits: 3.5, 1,000, ١٬٠٠٠, ٣٫٥.
    static func isNumberSeparator(_ character: Character) -> Bool {
        character == "." || character == "," || character == "\u{066B}" || character == "\u{066C}"
    }

    static func first(_ character: Character) -> Unicode.Scalar? {
        character.unicodeScalars.first
    }
}
