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
    private static let closedElements: [[UInt8]] = ["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre"].map { Array($0.utf8) }

    static func linking(_ html: String, to targets: [Target]) -> String {
        let names = targets.compactMap(Name.init)
        guard !names.isEmpty else { return html }
        var linker = Linker(names: names)
        var contiguous = html
        // The body is read as UTF-8 bytes: markup is found by its ASCII bytes, and the words of a body, most of
        // which no name can start with, are passed over without a string, a token or a key being made.
        contiguous.withUTF8 { bytes in
            var closedDepth = 0
            var index = 0
            while index < bytes.count, !linker.isDone {
                let tagStart = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                if closedDepth == 0 { linker.link(index..<tagStart, of: html, bytes) }
                guard tagStart < bytes.count else { break }
                let tagEnd = endOfTag(in: bytes, from: tagStart)
                if let (name, isClosing, isSelfClosing) = tagName(bytes[tagStart..<tagEnd]), closedElements.contains(name), !isSelfClosing {
                    closedDepth = max(0, closedDepth + (isClosing ? -1 : 1))
                }
                index = tagEnd
            }
        }
        return linker.links.isEmpty ? html : linker.linked(html)
    }

    /// Just past the `>` that closes the tag at `start`, skipping quoted attribute values.
    private static func endOfTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quote: UInt8?
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    /// The tag's name in lowercase ASCII, whether it closes an element and whether it closes itself (`/>`).
    private static func tagName(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> ([UInt8], isClosing: Bool, isSelfClosing: Bool)? {
        var rest = tag.dropFirst()
        let isClosing = rest.first == UInt8(ascii: "/")
        if isClosing { rest = rest.dropFirst() }
        let name = rest.prefix { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        guard !name.isEmpty else { return nil }
        return (name.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, isClosing, tag.suffix(2).elementsEqual("/>".utf8))
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
            // Keys are in NFC, so their bytes tell the article (`hasPrefix` would compare characters).
            let withoutArticle = first.utf8.starts(with: "ال".utf8) && first.unicodeScalars.count > 3 ? first.unicodeScalars.dropFirst(2) : first.unicodeScalars[...]
            firstWordEnd = Array(String(withoutArticle).utf8)
            lastLetter = withoutArticle.last?.value ?? 0
        }

        /// The last letter of `firstWordEnd`, which every written form of the word ends with (as folded below).
        var lastLetter: UInt32

        func mayStart(withWordOfKey key: String) -> Bool {
            key.utf8.count >= firstWordEnd.count && key.utf8.suffix(firstWordEnd.count).elementsEqual(firstWordEnd)
        }
    }

    /// Walks text runs in order, linking each name at its first mention.
    private struct Linker {
        var names: [Name]
        /// Names not linked yet, by the key of their first word.
        var waiting: [ByteKey: [Int]] = [:]
        /// The same names, in a list cheaper to walk for every word than the dictionary's values.
        var pending: [Int]

        /// The last letters of the waiting names' first words: a word ending otherwise is passed over without
        /// computing its key, which most words of a body are.
        var lastLetters: [UInt32]

        init(names: [Name]) {
            self.names = names
            lastLetters = names.map(\.lastLetter)
            pending = Array(names.indices)
            for (index, name) in names.enumerated() { waiting[ByteKey(name.keys[0]), default: []].append(index) }
        }

        /// The names found, by where they are written (byte offsets into the body), in order.
        var links: [(range: Range<Int>, url: String)] = []

        var isDone: Bool { waiting.isEmpty }

        /// Finds names in `text`, bytes of escaped HTML text of `html`.
        mutating func link(_ text: Range<Int>, of html: String, _ bytes: UnsafeBufferPointer<UInt8>) {
            // Character references (`&amp;`) bound the runs a name may span, and are never part of one.
            var start = text.lowerBound
            while !waiting.isEmpty, let ampersand = bytes[start..<text.upperBound].firstIndex(of: UInt8(ascii: "&")) {
                linkRun(start..<ampersand, of: html, bytes)
                start = bytes[ampersand..<text.upperBound].firstIndex(of: UInt8(ascii: ";")).map { $0 + 1 } ?? text.upperBound
            }
            linkRun(start..<text.upperBound, of: html, bytes)
        }

        private mutating func linkRun(_ run: Range<Int>, of html: String, _ bytes: UnsafeBufferPointer<UInt8>) {
            let runBytes = UnsafeBufferPointer(rebasing: bytes[run])
            var position = 0
            while !waiting.isEmpty, let (range, kind) = Tokenizer.nextToken(in: runBytes, from: position) {
                let word = (range.lowerBound + run.lowerBound)..<(range.upperBound + run.lowerBound)
                guard kind == .word || kind == .number, let (nameIndex, end) = match(word, in: run, of: html, bytes) else {
                    position = range.upperBound
                    continue
                }
                links.append((word.lowerBound..<end, names[nameIndex].url))
                markLinked(nameIndex)
                position = end - run.lowerBound
            }
        }

        /// `html` with a link around each name found.
        func linked(_ html: String) -> String {
            var output = ""
            output.reserveCapacity(html.utf8.count + 64 * links.count)
            var copied = 0
            for (range, url) in links {
                output += Self.text(copied..<range.lowerBound, of: html)
                output += "<a class=\"entity-link\" href=\"\(url)\">"
                output += Self.text(range, of: html)
                output += "</a>"
                copied = range.upperBound
            }
            output += Self.text(copied..<html.utf8.count, of: html)
            return output
        }

        /// The text of `html` at byte offsets `range` (scalar bounds).
        private static func text(_ range: Range<Int>, of html: String) -> Substring {
            let start = html.utf8.index(html.startIndex, offsetBy: range.lowerBound)
            return html[start..<html.utf8.index(start, offsetBy: range.count)]
        }

        /// The longest waiting name that starts with the word at `word` (byte offsets of `html`, within `run`), and
        /// where its last token ends.
        private func match(_ word: Range<Int>, in run: Range<Int>, of html: String, _ bytes: UnsafeBufferPointer<UInt8>) -> (Int, end: Int)? {
            let wordBytes = UnsafeBufferPointer(rebasing: bytes[word])
            guard mayEnd(lastScalar(of: wordBytes), withOneOf: lastLetters) else { return nil }
            // A name whose first word ends in another letter than the word's key certainly does not start here.
            let keyLetter = MatchingKey.lastKeyScalar(of: wordBytes)
            guard pending.contains(where: { index in
                (keyLetter == nil || names[index].lastLetter == keyLetter) && MatchingKey.keyMayEnd(wordBytes, with: names[index].firstWordEnd)
            }) else { return nil }
            let wordText = Self.text(word, of: html)
            let wordKey = MatchingKey.of(wordText)
            guard pending.contains(where: { names[$0].mayStart(withWordOfKey: wordKey) }) else { return nil }
            // The tokens after the word with their keys, read as far as a name needs them.
            let runBytes = UnsafeBufferPointer(rebasing: bytes[run])
            var following: [(key: String, end: Int)] = []
            func followingToken(_ offset: Int) -> (key: String, end: Int)? {
                while following.count <= offset {
                    let from = (following.last?.end ?? word.upperBound) - run.lowerBound
                    guard let (range, _) = Tokenizer.nextToken(in: runBytes, from: from) else { return nil }
                    let token = (range.lowerBound + run.lowerBound)..<(range.upperBound + run.lowerBound)
                    following.append((MatchingKey.of(Self.text(token, of: html)), token.upperBound))
                }
                return following[offset]
            }
            var best: (index: Int, length: Int, end: Int)?
            for firstKey in Self.firstWordKeys(wordText, key: wordKey) {
                for index in waiting[ByteKey(firstKey)] ?? [] {
                    let rest = names[index].keys.dropFirst()
                    guard rest.count + 1 > (best?.length ?? 0) else { continue }
                    var end = word.upperBound
                    let matches = rest.enumerated().allSatisfy { offset, key in
                        guard let token = followingToken(offset), token.key == key else { return false }
                        end = token.end
                        return true
                    }
                    if matches { best = (index, rest.count + 1, end) }
                }
            }
            return best.map { ($0.index, $0.end) }
        }

        /// The value of the last scalar of `word` (well-formed UTF-8).
        private func lastScalar(of word: UnsafeBufferPointer<UInt8>) -> UInt32? {
            guard var start = word.indices.last else { return nil }
            while start > 0, word[start] & 0xC0 == 0x80 { start -= 1 }
            let lead = UInt32(word[start])
            guard lead >= 0x80 else { return lead }
            // The lead byte's payload bits, then six bits from each continuation byte.
            let payload = lead & (0xFF >> (word.count - start + 1))
            return word[(start + 1)...].reduce(payload) { $0 << 6 | UInt32($1 & 0x3F) }
        }

        /// Whether a word whose last scalar is `last` may end with one of `letters` once folded as `MatchingKey`
        /// folds it; a word ending in a mark or tatweel, which the key drops, may end with anything.
        private func mayEnd(_ last: UInt32?, withOneOf letters: [UInt32]) -> Bool {
            guard let last else { return false }
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
            pending.removeAll { $0 == index }
        }
    }
}
