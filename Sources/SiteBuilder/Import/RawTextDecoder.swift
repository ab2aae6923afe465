import Foundation

/// The text of a raw article file and the encoding it was written in.
struct DecodedRawText: Sendable, Hashable {
    var text: String
    /// The name recorded as `source_encoding`; nil for UTF-8, the encoding every other file of a site uses.
    var encoding: String?
}

/// Reads the bytes of a raw `.txt` as newsrooms have them: UTF-8 with or without a byte-order mark, UTF-16
/// with one, or, for bytes that are not UTF-8, the Arabic code page (Windows-1256 or ISO-8859-6) whose
/// reading looks like Arabic. Line ends are normalized as for every content file.
enum RawTextDecoder {
    /// Byte-order marks left inside the text (files pasted or joined together) are removed too: invisible, they
    /// would stay in a title or summary, and YAML drops one that starts a value, so the front matter import
    /// writes would read back as other text than the article it built.
    static func decode(_ bytes: [UInt8], path: String) -> Result<DecodedRawText, Diagnostic> {
        decodeKeepingInnerMarks(bytes, path: path).map { decoded in
            guard decoded.text.unicodeScalars.contains(byteOrderMark) else { return decoded }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: decoded.text.unicodeScalars.lazy.filter { $0 != byteOrderMark })
            return DecodedRawText(text: String(scalars), encoding: decoded.encoding)
        }
    }

    private static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

    private static func decodeKeepingInnerMarks(_ bytes: [UInt8], path: String) -> Result<DecodedRawText, Diagnostic> {
        if let (bigEndian, encoding) = utf16ByteOrderMark(bytes) {
            guard let text = utf16Text(bytes.dropFirst(2), bigEndian: bigEndian), !text.utf8.contains(0) else {
                return .failure(Diagnostic(path: path, message: "invalid \(encoding) (it starts with a \(encoding) byte-order mark); save the file as UTF-8"))
            }
            return SourceText.normalized(text, path: path).map { DecodedRawText(text: $0, encoding: encoding) }
        }
        let utf8 = SourceText.decode(Data(bytes), path: path)
        // Only bytes that are not UTF-8 at all are worth reading as a code page; binary and empty files are not.
        guard case .failure = utf8, !bytes.contains(0), String(validating: bytes, as: UTF8.self) == nil else {
            return utf8.map { DecodedRawText(text: $0, encoding: nil) }
        }
        let readings = ArabicCodePage.allCases.compactMap { page in
            page.decode(bytes).map { (page: page, text: $0, score: ArabicReading(of: $0)) }
        }
        // On a tie the first code page wins: Windows-1256, by far the more common.
        guard let best = readings.max(by: { $0.score.recognizedWords < $1.score.recognizedWords }),
              best.score.readsAsArabic else {
            return .failure(Diagnostic(
                path: path, line: SourceText.lineOfFirstInvalidByte(in: Data(bytes)),
                message: "invalid UTF-8, and not Arabic text in Windows-1256 or ISO-8859-6 either; save the file as UTF-8"))
        }
        return SourceText.normalized(best.text, path: path).map { DecodedRawText(text: $0, encoding: best.page.name) }
    }

    /// The byte order a UTF-16 byte-order mark announces, with the encoding's name; nil without one.
    private static func utf16ByteOrderMark(_ bytes: [UInt8]) -> (bigEndian: Bool, name: String)? {
        guard bytes.count >= 2 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF): return (true, "UTF-16BE")
        case (0xFF, 0xFE): return (false, "UTF-16LE")
        default: return nil
        }
    }

    /// Nil when the bytes are not valid UTF-16: an odd count, or a lone surrogate.
    private static func utf16Text(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        for index in stride(from: bytes.startIndex, to: bytes.endIndex, by: 2) {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}

/// How much a text reads as Arabic: the share of its words that are Arabic's most frequent words or carry
/// the article `ال`. Read through the wrong code page, Arabic bytes become other letters (`ال` in ISO-8859-6
/// reads `ان` in Windows-1256), so the right reading recognizes many words and a wrong one hardly any.
struct ArabicReading: Sendable, Hashable {
    var words = 0
    var recognizedWords = 0

    /// In running Arabic text well over a third of the words are recognized; a tenth leaves room for short
    /// texts, while text in another language or a wrong code page stays far below it.
    var readsAsArabic: Bool { recognizedWords > 0 && recognizedWords * 10 >= words }

    private static let frequentWords: Set<String> = [
        "في", "من", "على", "إلى", "الى", "أن", "ان", "إن", "عن", "مع", "هذا", "هذه", "ذلك", "التي", "الذي",
        "كان", "كانت", "ما", "لا", "لم", "لن", "أو", "او", "بين", "بعد", "قبل", "حتى", "كما", "قد", "و", "ثم",
        "هو", "هي", "وقد", "وفي", "منذ", "عند", "خلال", "أي", "كل",
    ]
    /// `ال` with the one-letter words that attach to it (و، ب، ف، ك) or the `لل` it becomes after ل.
    private static let articlePrefixes = ["ال", "وال", "بال", "فال", "كال", "لل"]

    init(of text: String) {
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            words += 1
            let word = String(word)
            if Self.frequentWords.contains(word)
                || Self.articlePrefixes.contains(where: { word.hasPrefix($0) && word.unicodeScalars.count > $0.unicodeScalars.count + 1 }) {
                recognizedWords += 1
            }
        }
    }
}
