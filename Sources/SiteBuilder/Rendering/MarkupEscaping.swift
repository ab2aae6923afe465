/// XML escaping for the feeds and the sitemap Mujaz writes itself; HTML escaping is `Templating.HTMLEscaping`.
enum MarkupEscaping {
    /// For XML text and attribute values. Characters XML 1.0 forbids are dropped.
    static func xml(_ text: String) -> String {
        // Most text needs no change at all; checking bytes first avoids rebuilding it scalar by scalar.
        let needsWork = text.utf8.containsByte { byte in
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

extension String.UTF8View {
    /// Whether any byte matches, scanning the contiguous bytes directly (feeds and JSON-LD check every title
    /// and summary, and going through the view's iterator costs several times more).
    func containsByte(where matches: (UInt8) -> Bool) -> Bool {
        withContiguousStorageIfAvailable { $0.contains(where: matches) } ?? contains(where: matches)
    }
}
