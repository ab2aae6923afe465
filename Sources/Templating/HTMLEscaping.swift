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
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard var special = bytes.firstIndex(where: needsEscaping) else {
                output.append(text)
                return
            }
            let utf8 = text.utf8
            var runStart = 0
            while special < bytes.count {
                if let replacement = replacement(for: bytes[special]) {
                    // The special characters are ASCII, so run bounds always fall on Unicode scalar boundaries.
                    let start = utf8.index(utf8.startIndex, offsetBy: runStart)
                    let end = utf8.index(start, offsetBy: special - runStart)
                    output.append(contentsOf: Substring(utf8[start..<end]))
                    output.append(replacement)
                    runStart = special + 1
                }
                special += 1
            }
            output.append(contentsOf: Substring(utf8[utf8.index(utf8.startIndex, offsetBy: runStart)...]))
        }
        if appended == nil {
            // Only strings bridged from elsewhere lack contiguous UTF-8; copy once into native storage.
            var native = text
            native.makeContiguousUTF8()
            append(native, escapedTo: &output)
        }
    }

    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
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
