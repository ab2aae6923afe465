import Foundation

/// The one rule the whole project uses to decide that two written forms are the same word or name.
///
/// The key drops what Arabic writers vary freely: diacritics (U+064B–U+0652, U+0670), tatweel,
/// the hamza seat of alef (أ إ آ ٱ → ا), final ى → ي, Persian letters (ک → ك, ی → ي), Arabic-Indic
/// digits, case and runs of spaces. Taa marbuta is folded to ه only here, in the key — knowing that
/// it merges pairs such as كتابة/كتابه — and never in text shown to readers.
public enum MatchingKey {
    public static func of(_ text: String) -> String {
        of(Substring(text))
    }

    /// The key of a slice of text, such as a token, without copying it into a string first.
    public static func of(_ text: Substring) -> String {
        if let key = text.utf8.withContiguousStorageIfAvailable(fastKey(of:)), let key { return key }
        return foldedKey(of: String(text).precomposedStringWithCanonicalMapping).lowercased()
    }

    /// The key of text made only of ASCII and Arabic letters that NFC leaves alone, which is nearly every
    /// word of Arabic news; nil for anything else. Same result as the general path, computed on the UTF-8
    /// bytes without Foundation's normalization, full-Unicode lowercasing or per-scalar appends, which
    /// dominated the cost of tagging and of every lookup by key.
    private static func fastKey(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var failed = false
        let key = String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            func append(_ byte: UInt8) {
                output[written] = byte
                written += 1
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = written > 0
                        continue
                    }
                    if pendingSpace {
                        append(0x20)
                        pendingSpace = false
                    }
                    append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                    continue
                }
                // Two-byte sequences D8–DB xx are exactly U+0600–U+06FF.
                guard (0xD8...0xDB).contains(byte), index + 1 < bytes.count else {
                    failed = true
                    return 0
                }
                let value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
                // Madda and hamza above/below compose with the letter before them under NFC, and the Quranic
                // marks that the key keeps could be reordered by it.
                let mayChangeUnderNFC = (0x0653...0x0655).contains(value) || (0x0610...0x061A).contains(value)
                    || (0x0656...0x065F).contains(value) || (0x06D6...0x06ED).contains(value)
                guard !mayChangeUnderNFC else {
                    failed = true
                    return 0
                }
                guard let folded = foldedValue(value) else { continue }
                if pendingSpace {
                    append(0x20)
                    pendingSpace = false
                }
                if folded < 0x80 {
                    append(UInt8(folded))
                } else {
                    append(0xC0 | UInt8(folded >> 6))
                    append(0x80 | UInt8(folded & 0x3F))
                }
            }
            return written
        }
        return failed ? nil : key
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
        foldedValue(scalar.value).flatMap(Unicode.Scalar.init)
    }

    private static func foldedValue(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x064B...0x0652, 0x0670, 0x0640: nil                  // harakat, dagger alef, tatweel
        case 0x0622, 0x0623, 0x0625, 0x0671: 0x0627                 // آ أ إ ٱ → ا
        case 0x0649, 0x06CC: 0x064A                                 // ى ی → ي
        case 0x06A9: 0x0643                                         // ک → ك
        case 0x0629: 0x0647                                         // ة → ه
        case 0x0660...0x0669: value - 0x0660 + 0x30                 // ٠–٩ → 0–9
        case 0x06F0...0x06F9: value - 0x06F0 + 0x30                 // ۰–۹ → 0–9
        case 0x200B...0x200F, 0xFEFF: nil                           // zero-width marks and BOM
        default: value
        }
    }
}
