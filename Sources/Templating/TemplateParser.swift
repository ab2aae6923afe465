/// Turns Mustache source into nodes: finds tags with the current delimiters, removes standalone lines
/// and hands each tag to the tree builder, which matches sections with their closing tags.
struct TemplateParser {
    private enum TagKind {
        case variable(escaped: Bool)
        case section(inverted: Bool)
        case closing
        case comment
        case partial
        case parent
        case block
        case delimiters

        /// Whether a line holding only this tag and whitespace is removed from the output.
        var canStandAlone: Bool {
            if case .variable = self { false } else { true }
        }
    }

    private struct Tag {
        let kind: TagKind
        let content: Range<Int>
        let end: Int
    }

    private let bytes: [UInt8]
    private var opening = Array("{{".utf8)
    private var closing = Array("}}".utf8)
    private var textStart = 0
    private var tree = TemplateTreeBuilder()
    private var counted = (position: 0, line: 1)

    init(source: String) {
        bytes = Array(source.utf8)
    }

    mutating func parse() throws(TemplateSyntaxError) -> (nodes: [TemplateNode], rendered: [RenderNode]) {
        while let tagStart = find(opening, from: textStart) {
            let location = locate(tagStart)
            let tag = try readTag(at: tagStart, location)
            try place(tag, at: tagStart..<tag.end, location)
        }
        appendText(upTo: bytes.count)
        return try tree.finish()
    }

    /// Hands `tag` to `handle` and decides which whitespace around it is output: a line holding only the tag and
    /// whitespace is removed (the spec's standalone lines), and parents and blocks add the ~inheritance rules.
    private mutating func place(_ tag: Tag, at range: Range<Int>, _ location: SourceLocation) throws(TemplateSyntaxError) {
        let lineStart = blankLineStart(before: range.lowerBound)
        let nextLine = blankLineEnd(after: range.upperBound)
        if tag.kind.canStandAlone, let lineStart, let nextLine {
            appendText(upTo: lineStart)
            try handle(tag, indentation: lineStart..<range.lowerBound, alone: true, nextLine: nextLine, at: location)
            textStart = nextLine
            return
        }
        var textEnd = range.lowerBound
        var resume = range.upperBound
        switch tag.kind {
        case .parent:
            // The blanks before a parent's opening tag are held back: they are its indentation if its closing tag
            // ends its line, else text (see `TemplateTreeBuilder.close`).
            if let lineStart { textEnd = lineStart }
        case .block:
            // An argument's opening tag that ends its line takes the line end: the content starts on the next line.
            if let nextLine, tree.innermost?.container == .parent { resume = nextLine }
        case .closing:
            // A parent whose opening tag starts a line and whose closing tag ends one takes that line end.
            if let nextLine, let open = tree.innermost, open.container == .parent, open.layout.leadingBlanks != nil {
                resume = nextLine
            }
        default:
            break
        }
        appendText(upTo: textEnd)
        try handle(tag, indentation: lineStart.map { $0..<range.lowerBound }, alone: false, nextLine: nextLine, at: location)
        textStart = resume
    }

    private mutating func readTag(at tagStart: Int, _ location: SourceLocation) throws(TemplateSyntaxError) -> Tag {
        let sigilIndex = tagStart + opening.count
        var terminator = closing
        var hasSigil = true
        let kind: TagKind
        switch sigilIndex < bytes.count ? bytes[sigilIndex] : 0 {
        case UInt8(ascii: "#"): kind = .section(inverted: false)
        case UInt8(ascii: "^"): kind = .section(inverted: true)
        case UInt8(ascii: "/"): kind = .closing
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "{"):
            kind = .variable(escaped: false)
            terminator = [UInt8(ascii: "}")] + closing
        case UInt8(ascii: "="):
            kind = .delimiters
            terminator = [UInt8(ascii: "=")] + closing
        default:
            kind = .variable(escaped: true)
            hasSigil = false
        }
        let contentStart = hasSigil ? sigilIndex + 1 : sigilIndex
        let neverClosed = location.error("tag is never closed: expected '\(String(decoding: terminator, as: UTF8.self))'")
        guard let contentEnd = find(terminator, from: contentStart) else { throw neverClosed }
        // A tag that runs into the next tag was never closed (comments may hold anything).
        if case .comment = kind {} else if find(opening, from: contentStart, before: contentEnd) != nil {
            throw neverClosed
        }
        return Tag(kind: kind, content: contentStart..<contentEnd, end: contentEnd + terminator.count)
    }

    /// `indentation` is the whitespace before the tag when nothing else comes before it on its line; `alone`
    /// whether the tag's line is removed; `nextLine` where the next line starts when only whitespace follows the tag.
    private mutating func handle(
        _ tag: Tag, indentation: Range<Int>?, alone: Bool, nextLine: Int?, at location: SourceLocation
    ) throws(TemplateSyntaxError) {
        switch tag.kind {
        case .comment:
            break
        case .delimiters:
            try setDelimiters(from: tag.content, at: location)
        case .variable(let escaped):
            tree.append(.variable(name: try name(in: tag.content, at: location), escaped: escaped, line: location.line))
        case .section(let inverted):
            tree.open(.section(inverted: inverted), name: try name(in: tag.content, at: location), at: location)
        case .closing:
            try tree.close(try name(in: tag.content, at: location), at: location, endsLine: nextLine != nil)
        case .partial:
            let name = try name(in: tag.content, at: location)
            let indentation = alone ? indentation.map(text) ?? "" : ""
            tree.append(.partial(name: name, indentation: indentation, line: location.line))
        case .parent:
            let layout = TemplateTreeBuilder.Layout(leadingBlanks: indentation.map(text), alone: alone)
            tree.open(.parent, name: try name(in: tag.content, at: location), at: location, layout: layout)
        case .block:
            var layout = TemplateTreeBuilder.Layout(leadingBlanks: indentation.map(text), alone: alone)
            if let nextLine, alone || tree.innermost?.container == .parent {
                layout.intrinsicIndentation = text(nextLine..<blankEnd(from: nextLine))
            }
            tree.open(.block, name: try name(in: tag.content, at: location), at: location, layout: layout)
        }
    }

    private func name(in content: Range<Int>, at location: SourceLocation) throws(TemplateSyntaxError) -> String {
        let words = self.words(in: content)
        guard let name = words.first else { throw location.error("empty tag name") }
        guard words.count == 1 else {
            throw location.error("tag name '\(words.map(text).joined(separator: " "))' contains a space")
        }
        return text(name)
    }

    private mutating func setDelimiters(from content: Range<Int>, at location: SourceLocation) throws(TemplateSyntaxError) {
        let words = self.words(in: content)
        guard words.count == 2, words.allSatisfy({ !bytes[$0].contains(UInt8(ascii: "=")) }) else {
            throw location.error("bad delimiter tag: write it like {{=<% %>=}}, two delimiters without '=' or spaces")
        }
        opening = Array(bytes[words[0]])
        closing = Array(bytes[words[1]])
    }

    /// Where the line of `position` starts, when only whitespace comes before `position` on it.
    private func blankLineStart(before position: Int) -> Int? {
        var start = position
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") {
            guard Self.isBlank(bytes[start - 1]) else { return nil }
            start -= 1
        }
        return start
    }

    /// Where the next line starts (or the source ends), when only whitespace follows `position` on its line.
    private func blankLineEnd(after position: Int) -> Int? {
        let end = blankEnd(from: position)
        if end == bytes.count { return end }
        if bytes[end] == UInt8(ascii: "\n") { return end + 1 }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") {
            return end + 2
        }
        return nil
    }

    /// The end of the spaces and tabs from `position` on.
    private func blankEnd(from position: Int) -> Int {
        var end = position
        while end < bytes.count, Self.isBlank(bytes[end]) {
            end += 1
        }
        return end
    }

    private mutating func appendText(upTo end: Int) {
        if textStart < end {
            let startsLine = textStart == 0 || bytes[textStart - 1] == UInt8(ascii: "\n")
            tree.append(.text(text(textStart..<end)), startsLine: startsLine)
        }
    }

    /// The line and column of `position`; positions are asked for in increasing order, so lines are counted once.
    private mutating func locate(_ position: Int) -> SourceLocation {
        for index in counted.position..<position where bytes[index] == UInt8(ascii: "\n") {
            counted.line += 1
        }
        counted.position = position
        var column = 1
        var index = position
        while index > 0, bytes[index - 1] != UInt8(ascii: "\n") {
            index -= 1
            if bytes[index] & 0xC0 != 0x80 { column += 1 }  // count scalars, not continuation bytes
        }
        return SourceLocation(line: counted.line, column: column)
    }

    private func find(_ needle: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        let last = (limit ?? bytes.count) - needle.count
        guard start <= last else { return nil }
        var index = start
        while index <= last {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    private func words(in range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if Self.isWhitespace(bytes[index]) {
                index += 1
                continue
            }
            let start = index
            while index < range.upperBound, !Self.isWhitespace(bytes[index]) {
                index += 1
            }
            words.append(start..<index)
        }
        return words
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
