import Foundation

/// The one rule the whole project uses to decide that two written forms are the same word or name.
///
/// The key drops what Arabic writers vary freely: diacritics (U+064B–U+0652, U+0670), tatweel,
/// the hamza seat of alef (أ إ آ ٱ → ا), final ى → ي, Persian letters (ک → ك, ی → ي), Arabic-Indic
/// digits, case and runs of spaces. Taa marbuta is folded to ه only here, in the key — knowing that
/// it merges pairs such as كتابة/كتابه — and never in text shown to readers.
public enum MatchingKey {
    public static func of(_ text: String) -> String {
        fastKey(of: text) ?? foldedKey(of: text.precomposedStringWithCanonicalMapping).lowercased()
    }

    /// The key of text made only of ASCII and Arabic letters that NFC leaves alone, which is nearly every
    /// word of Arabic news; nil for anything else. Same result as the general path, without Foundation's
    /// normalization and full-Unicode lowercasing, which dominate the cost of tagging.
    private static func fastKey(of text: String) -> String? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isPlain = value < 0x80 || (0x0600...0x06FF).contains(value)
            // Madda and hamza above/below compose with the letter before them under NFC, and the Quranic
            // marks that the key keeps could be reordered by it.
            let mayChangeUnderNFC = (0x0653...0x0655).contains(value) || (0x0610...0x061A).contains(value)
                || (0x0656...0x065F).contains(value) || (0x06D6...0x06ED).contains(value)
            guard isPlain, !mayChangeUnderNFC else { return nil }
        }
        var key = foldedKey(of: text)
        if key.utf8.contains(where: { (0x41...0x5A).contains($0) }) { key = key.lowercased() }
        return key
    }

    /// Folds every scalar and collapses whitespace; `text` is already in NFC.
    private static func foldedKey(of text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if ArabicLetters.isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            guard let folded = fold(scalar) else { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(folded)
        }
        return String(scalars)
    }

    /// The matching-key form of one scalar, or nil when the key drops it.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x0652, 0x0670, 0x0640: return nil           // harakat, dagger alef, tatweel
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"      // آ أ إ ٱ → ا
        case 0x0649, 0x06CC: return "\u{064A}"                      // ى ی → ي
        case 0x06A9: return "\u{0643}"                              // ک → ك
        case 0x0629: return "\u{0647}"                              // ة → ه
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)  // ٠–٩ → 0–9
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)  // ۰–۹ → 0–9
        case 0x200B...0x200F, 0xFEFF: return nil                     // zero-width marks and BOM
        default: return scalar
        }
    }
}
