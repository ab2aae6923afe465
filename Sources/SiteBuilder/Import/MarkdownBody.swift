/// The body of an imported article in Markdown, and the way back to plain paragraphs.
///
/// Raw text is escaped so that cmark shows it exactly as written: characters that would start
/// emphasis, links, HTML, code or a table cell get a backslash, and so does a line start that
/// would make a heading, quote or list. Escaping only adds backslashes, so every word stays.
enum MarkdownBody {
    static func render(_ blocks: [RawBlock]) -> String {
        blocks.map { block in
            switch block.kind {
            case .heading: "## " + escaped(block.lines[0])
            case .paragraph, .dateline, .boilerplate: block.lines.map(escapedLine).joined(separator: "\n")
            }
        }.joined(separator: "\n\n") + "\n"
    }

    /// Paragraphs of running text in a Markdown body (headings left out, escapes undone): what
    /// summaries are chosen from when an imported article is enriched again.
    /// The date line and boilerplate that import found stay out too, so enrich chooses from the same sentences.
    static func paragraphs(in markdown: String) -> [String] {
        let blocks = markdown.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { block in block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.joined().isEmpty }
        return blocks.indices.compactMap { index in
            guard !blocks[index][0].hasPrefix("#") else { return nil }
            let lines = blocks[index].map(unescaped)
            let text = lines.joined(separator: " ")
            if lines.count == 1 && BoilerplateLine.matches(text) { return nil }
            let paragraph = index == 0 ? DateLine.textAfter(DateLine(opening: lines), in: text) : text
            return paragraph.isEmpty ? nil : paragraph
        }
    }

    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "&", "#"]
    private static let lineStartSpecials: Set<Character> = ["+", "-", "="]

    /// Whether each byte value is one of `inlineSpecials`: text without any needs no escape, the usual case.
    private static let isInlineSpecialByte: [Bool] = (0...255).map { byte in
        inlineSpecials.contains { $0.asciiValue == UInt8(byte) }
    }

    private static func escaped(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: { isInlineSpecialByte[Int($0)] }) else { return String(text) }
        var result = ""
        for character in text {
            if inlineSpecials.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func escapedLine(_ line: String) -> String {
        var text = escaped(line)
        if let first = text.first, lineStartSpecials.contains(first) {
            text.insert("\\", at: text.startIndex)
        }
        // `12. ` or `3) ` at a line start would begin an ordered list.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), let marker = text.dropFirst(digits.count).first, marker == "." || marker == ")" {
            text.insert("\\", at: text.index(text.startIndex, offsetBy: digits.count))
        }
        return text
    }

    private static func unescaped(_ text: String) -> String {
        var result = ""
        var pendingBackslash = false
        for character in text {
            if pendingBackslash {
                if !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) {
                    result.append("\\")
                }
                result.append(character)
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                result.append(character)
            }
        }
        if pendingBackslash { result.append("\\") }
        return result
    }
}
