/// HTML escaping of the five characters that matter in text and attribute values.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by `&amp; &lt; &gt; &quot; &#39;`.
    public static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        append(text, escapedTo: &output)
        return output
    }

    /// Appends `text` escaped to `output`, in whole runs between special characters (Arabic prose has
    /// none, so it is usually appended at once).
    public static func append(_ text: String, escapedTo output: inout String) {
        let utf8 = text.utf8
        guard var special = utf8.firstIndex(where: { replacement(for: $0) != nil }) else {
            output.append(text)
            return
        }
        var runStart = utf8.startIndex
        while special != utf8.endIndex {
            let byte = utf8[special]
            if let replacement = replacement(for: byte) {
                // The special characters are ASCII, so these bounds always fall on Unicode scalar boundaries.
                output.append(contentsOf: Substring(utf8[runStart..<special]))
                output.append(replacement)
                runStart = utf8.index(after: special)
            }
            special = utf8.index(after: special)
        }
        output.append(contentsOf: Substring(utf8[runStart...]))
    }

    @inline(__always)
    private static func replacement(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
