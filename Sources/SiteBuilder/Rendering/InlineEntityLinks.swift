import ArabicText

/// Links the first mention of each entity an article lists, in its rendered body, to the entity's page.
///
/// The mention is found in the text as the extractor finds names: word by word on matching keys (`MatchingKey`:
/// hamza seats, final ya, taa marbuta, marks), the first word with any reading of its proclitics (`Clitics`:
/// `لحماس`, `وبالقاهرة`, `للقاهرة`), so a hand-written or edited body links as well as an imported one. The whole
/// written word is linked, clitics included. Nothing is linked inside a heading, a link or code, nor across an
/// element or a character reference. The body is cmark-gfm's HTML (raw HTML off), whose tags are well formed.
enum InlineEntityLinks {
    struct Target: Sendable {
        /// The name as the article writes it (`Article.entityNames`).
        var name: String
        /// The entity page's link (safe text).
        var url: String
    }

    /// Elements whose text never gets a link.
    private static let closedElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre"]

    static func linking(_ html: String, to targets: [Target]) -> String {
        let names = targets.compactMap(Name.init)
        guard !names.isEmpty else { return html }
        var linker = Linker(names: names)
        var output = ""
        output.reserveCapacity(html.utf8.count + 64 * names.count)
        var closedDepth = 0
        var index = html.startIndex
        while index < html.endIndex, !linker.isDone {
            // Markup is found by its ASCII bytes: comparing characters would normalize every Arabic one.
            guard let tagStart = html.utf8[index...].firstIndex(of: UInt8(ascii: "<")) else {
                linker.link(html[index...], into: &output, enabled: closedDepth == 0)
                index = html.endIndex
                break
            }
            linker.link(html[index..<tagStart], into: &output, enabled: closedDepth == 0)
            let tagEnd = endOfTag(in: html, from: tagStart)
            let tag = html[tagStart..<tagEnd]
            if let (name, isClosing, isSelfClosing) = tagName(tag), closedElements.contains(name), !isSelfClosing {
                closedDepth = max(0, closedDepth + (isClosing ? -1 : 1))
            }
            output += tag
            index = tagEnd
        }
        output += html[index...]
        return output
    }

    /// Just past the `>` that closes the tag at `start`, skipping quoted attribute values.
    private static func endOfTag(in html: String, from start: String.Index) -> String.Index {
        let bytes = html.utf8
        var quote: UInt8?
        var index = bytes.index(after: start)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return bytes.endIndex
    }

    private static func tagName(_ tag: Substring) -> (String, isClosing: Bool, isSelfClosing: Bool)? {
        var rest = tag.dropFirst()
        let isClosing = rest.first == "/"
        if isClosing { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !name.isEmpty else { return nil }
        return (name.lowercased(), isClosing, tag.utf8.suffix(2).elementsEqual("/>".utf8))
    }

    /// A target's words as matching keys.
    private struct Name {
        var keys: [String]
        var url: String
        /// The first word's key without its article: every written form of that word ends with it, clitics or
        /// not (`للقاهرة` ends with `قاهره`), so most words are ruled out without reading their clitics.
        var firstWordEnd: [UInt8]

        init?(_ target: Target) {
            keys = Tokenizer().tokens(in: target.name).map { MatchingKey.of($0.text) }
            url = target.url
            guard let first = keys.first, !keys.contains(where: \.isEmpty) else { return nil }
            let withoutArticle = first.hasPrefix("ال") && first.unicodeScalars.count > 3 ? first.unicodeScalars.dropFirst(2) : first.unicodeScalars[...]
            firstWordEnd = Array(String(withoutArticle).utf8)
        }

        /// The last letter of `firstWordEnd`, which every written form of the word ends with (as folded below).
        var lastLetter: UInt32 { String(decoding: firstWordEnd, as: UTF8.self).unicodeScalars.last?.value ?? 0 }

        func mayStart(withWordOfKey key: String) -> Bool {
            key.utf8.count >= firstWordEnd.count && key.utf8.suffix(firstWordEnd.count).elementsEqual(firstWordEnd)
        }
    }

    /// Walks text runs in order, linking each name at its first mention.
    private struct Linker {
        var names: [Name]
        /// Names not linked yet, by the key of their first word.
        var waiting: [ByteKey: [Int]] = [:]

        /// The last letters of the waiting names' first words: a word ending otherwise is passed over without
        /// computing its key, which most words of a body are.
        var lastLetters: Set<UInt32>

        init(names: [Name]) {
            self.names = names
            lastLetters = Set(names.map(\.lastLetter))
            for (index, name) in names.enumerated() { waiting[ByteKey(name.keys[0]), default: []].append(index) }
        }

        var isDone: Bool { waiting.isEmpty }

        /// Appends `text` (escaped HTML text) to `output` with links added; only copies it when `enabled` is false.
        mutating func link(_ text: Substring, into output: inout String, enabled: Bool) {
            guard enabled, !waiting.isEmpty, !text.isEmpty else {
                output += text
                return
            }
            // Character references (`&amp;`) bound the runs a name may span, and are never part of one.
            var start = text.startIndex
            while let ampersand = text.utf8[start...].firstIndex(of: UInt8(ascii: "&")) {
                linkRun(text[start..<ampersand], into: &output)
                let end = text.utf8[ampersand...].firstIndex(of: UInt8(ascii: ";")).map(text.utf8.index(after:)) ?? text.endIndex
                output += text[ampersand..<end]
                start = end
            }
            linkRun(text[start...], into: &output)
        }

        private mutating func linkRun(_ run: Substring, into output: inout String) {
            guard !waiting.isEmpty else { output += run; return }
            let tokens = Tokenizer().tokens(in: run)
            var keys: [String?] = Array(repeating: nil, count: tokens.count)
            func key(_ position: Int) -> String {
                if let known = keys[position] { return known }
                let made = MatchingKey.of(tokens[position].text)
                keys[position] = made
                return made
            }
            var copied = run.startIndex
            var position = 0
            while position < tokens.count, !waiting.isEmpty {
                guard tokens[position].kind == .word || tokens[position].kind == .number,
                      let (nameIndex, length) = match(at: position, tokens: tokens, key: key) else {
                    position += 1
                    continue
                }
                let first = tokens[position].text, last = tokens[position + length - 1].text
                output += run[copied..<first.startIndex]
                output += "<a class=\"entity-link\" href=\"\(names[nameIndex].url)\">"
                output += run[first.startIndex..<last.endIndex]
                output += "</a>"
                copied = last.endIndex
                markLinked(nameIndex)
                position += length
            }
            output += run[copied...]
        }

        /// The longest waiting name that starts at `position`, and its length in tokens.
        private func match(at position: Int, tokens: [Token], key: (Int) -> String) -> (Int, Int)? {
            var best: (Int, Int)?
            guard mayEnd(tokens[position].text, withOneOf: lastLetters) else { return nil }
            let wordKey = key(position)
            guard waiting.values.contains(where: { $0.contains { names[$0].mayStart(withWordOfKey: wordKey) } }) else { return nil }
            for firstKey in Self.firstWordKeys(tokens[position].text, key: wordKey) {
                for index in waiting[ByteKey(firstKey)] ?? [] {
                    let rest = names[index].keys.dropFirst()
                    guard position + rest.count < tokens.count, rest.count + 1 > (best?.1 ?? 0) else { continue }
                    if rest.enumerated().allSatisfy({ key(position + 1 + $0.offset) == $0.element }) {
                        best = (index, rest.count + 1)
                    }
                }
            }
            return best
        }

        /// Whether `word` may end with one of `letters` once folded as `MatchingKey` folds it; a word ending in a
        /// mark or tatweel, which the key drops, may end with anything.
        private func mayEnd(_ word: Substring, withOneOf letters: Set<UInt32>) -> Bool {
            guard let last = word.unicodeScalars.last?.value else { return false }
            switch last {
            case 0x064B...0x0652, 0x0670, 0x0640, 0x200B...0x200F, 0xFEFF: return true
            case 0x0629: return letters.contains(0x0647)
            case 0x0649, 0x06CC: return letters.contains(0x064A)
            case 0x06A9: return letters.contains(0x0643)
            case 0x0622, 0x0623, 0x0625, 0x0671: return letters.contains(0x0627)
            case 0x0660...0x0669: return letters.contains(last - 0x0660 + 0x30)
            case 0x06F0...0x06F9: return letters.contains(last - 0x06F0 + 0x30)
            case 0x41...0x5A: return letters.contains(last + 0x20)
            default: return letters.contains(last)
            }
        }

        /// The keys a written word may have as a name's first word: itself, and each reading of its proclitics
        /// as the word stands alone (`وبالقاهرة` → `القاهرة`, `لحماس` → `حماس`).
        private static func firstWordKeys(_ word: Substring, key: String) -> [String] {
            var keys = [key]
            for reading in Clitics.readings(word) {
                let standalone = MatchingKey.of(reading.standaloneForm)
                if !keys.contains(standalone) { keys.append(standalone) }
            }
            return keys
        }

        private mutating func markLinked(_ index: Int) {
            let first = ByteKey(names[index].keys[0])
            waiting[first]?.removeAll { $0 == index }
            if waiting[first]?.isEmpty == true { waiting[first] = nil }
        }
    }
}
