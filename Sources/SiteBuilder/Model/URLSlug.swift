import Foundation

/// One URL path segment made from a title or a name: Arabic letters kept, safe on every file system.
enum URLSlug {
    /// Long titles are cut (at a hyphen) so a segment stays far below file systems' 255-byte name limit.
    static let maximumBytes = 120

    /// Diacritics and tatweel removed, NFC, spaces and punctuation to single hyphens, Latin lowercased.
    /// Only letters, digits and `-` survive, so `..`, `/`, `%` or dot-only names cannot occur; the result may be empty.
    static func make(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in nfc(text).unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200B...0x200F, 0xFEFF:
                continue  // harakat, Quranic marks, tatweel, zero-width marks: not part of the word
            default:
                break
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType == .decimal {
                if pendingHyphen, !scalars.isEmpty { scalars.append("-") }
                pendingHyphen = false
                if properties.changesWhenLowercased {
                    scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                } else {
                    scalars.append(scalar)
                }
            } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return truncated(String(scalars))
    }

    /// NFC through Foundation is slow; names made only of ASCII and plain Arabic letters and digits are NFC already.
    private static func nfc(_ text: String) -> String {
        let isPlain = text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x7F, 0x0621...0x063A, 0x0640...0x064A, 0x0660...0x0669: true
            default: false
            }
        }
        return isPlain ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Distinct segments for `candidates` in order: the first keeps its segment, later equal ones get `-2`, `-3`, …
    /// Empty candidates become `fallback`, `fallback-2`, …
    static func unique(_ candidates: [String], fallback: String) -> [String] {
        var taken = Set<String>()
        var result: [String] = []
        result.reserveCapacity(candidates.count)
        for candidate in candidates {
            let base = candidate.isEmpty ? fallback : candidate
            var slug = base
            var counter = 2
            while !taken.insert(slug).inserted {
                slug = "\(base)-\(counter)"
                counter += 1
            }
            result.append(slug)
        }
        return result
    }

    private static func truncated(_ slug: String) -> String {
        guard slug.utf8.count > maximumBytes else { return slug }
        var cut = ""
        for word in slug.split(separator: "-") {
            let next = cut.isEmpty ? String(word) : cut + "-" + word
            if next.utf8.count > maximumBytes { break }
            cut = next
        }
        if cut.isEmpty {
            // One very long word: cut at a character boundary.
            for character in slug {
                if cut.utf8.count + String(character).utf8.count > maximumBytes { break }
                cut.append(character)
            }
        }
        return cut
    }

    /// Percent-encodes every UTF-8 byte that `keeps` refuses; by default all but unreserved ASCII and `/`,
    /// for links, feeds and the sitemap.
    static func percentEncoded(_ path: String, keeping keeps: (UInt8) -> Bool = isUnreservedOrSlash) -> String {
        guard !path.utf8.allSatisfy(keeps) else { return path }
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count * 3)
        for byte in path.utf8 {
            if keeps(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isUnreservedOrSlash(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
