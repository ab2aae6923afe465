/// Classification of the scalars the tokenizer, clitic splitter and sentence splitter care about. Arabic and
/// ASCII, nearly all of Arabic news, are decided by ranges; other scripts fall back to Unicode properties.
public enum ArabicLetters {
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
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        if (0x0600...0x06FF).contains(value) { return !isArabicNonLetter(value) }
        if value == 0x200C || value == 0x200D { return true }
        let properties = scalar.properties
        return (properties.isAlphabetic || properties.generalCategory == .nonspacingMark) && properties.numericType == nil
    }

    /// Digits, punctuation and symbols of the Arabic block (everything else there is a letter or a mark).
    private static func isArabicNonLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x060F, 0x061B...0x061F, 0x0660...0x066D, 0x06D4, 0x06DD, 0x06DE, 0x06E9, 0x06F0...0x06F9,
             0x06FD, 0x06FE: true
        default: false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) }
        if (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value) { return true }
        return (0x0600...0x06FF).contains(value) ? false : scalar.properties.numericType == .decimal
    }

    /// Unicode's White_Space, answered by ranges for ASCII and Arabic without looking the property up.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if (0x0600...0x06FF).contains(value) { return false }
        return scalar.properties.isWhitespace
    }

    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Separators that belong to a number when they sit between two digits: 3.5, 1,000, ١٬٠٠٠, ٣٫٥.
    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "\u{066B}" || scalar == "\u{066C}"
    }
}
