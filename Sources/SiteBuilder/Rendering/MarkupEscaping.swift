/// Escaping for text Mujaz writes itself (feeds, sitemap, JSON-LD); templates escape through Mustache.
enum MarkupEscaping {
    /// HTML escaping over UTF-8 bytes; text without `<>&"'` (most Arabic prose) is returned as it is.
    /// swift-mustache escapes Character by Character, which is slow on long Arabic text such as summaries.
    static func html(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// For XML text and attribute values. Characters XML 1.0 forbids are dropped.
    static func xml(_ text: String) -> String {
        // Most text needs no change at all; checking bytes first avoids rebuilding it scalar by scalar.
        let needsWork = text.utf8.contains { byte in
            byte < 0x20 || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 || byte == 0xEF
        }
        guard needsWork else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
