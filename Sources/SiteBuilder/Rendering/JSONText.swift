/// Compact JSON written by hand, keys in a fixed order, so its bytes are stable and it is quick to make for every
/// article: the search index and the schema.org block of article pages. Strings are safe inside `<script>`.
enum JSONText {
    /// A JSON string literal; `<`, `>` and `&` become `\u` escapes so `</script>` cannot end the block.
    static func string(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 2)
        append(string: text, to: &result)
        return result
    }

    /// Appends the literal `string(text)` to `output`, without making a string of it first.
    static func append(string text: String, to output: inout String) {
        // 0xE2 leads U+2028/U+2029; text without any of these bytes is quoted as it is.
        let needsWork = text.utf8.containsByte { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
        }
        output += "\""
        guard needsWork else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    // Arrays and objects are assembled in one string of the right size: made for every article page and index
    // file, joining their parts through intermediate strings was most of their cost.
    static func array(_ items: [String]) -> String {
        var result = "["
        result.reserveCapacity(items.reduce(2) { $0 + $1.utf8.count + 1 })
        for (index, item) in items.enumerated() {
            if index > 0 { result += "," }
            result += item
        }
        result += "]"
        return result
    }

    /// Keys in the given order.
    static func object(_ members: [(String, String)]) -> String {
        var result = "{"
        result.reserveCapacity(members.reduce(2) { $0 + $1.0.utf8.count + $1.1.utf8.count + 4 })
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { result += "," }
            append(string: key, to: &result)
            result += ":"
            result += value
        }
        result += "}"
        return result
    }
}
