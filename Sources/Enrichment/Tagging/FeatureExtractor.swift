import ArabicText

/// Turns a sentence into feature hashes: first the attributes of each token alone (`TokenAttribute`), then,
/// per position, templates over a window of two tokens on each side.
struct FeatureExtractor: Sendable {
    let lexicon: TagLexicon
    let nameWords: NameWords

    init(lexicon: TagLexicon, nameWords: NameWords) {
        self.lexicon = lexicon
        self.nameWords = nameWords
    }

    private static let slots = TokenAttribute.slotCount
    private static let beforeStart = FeatureHash.of(-1)
    private static let afterEnd = FeatureHash.of(-2)
    /// One per template: 24 places for each offset's word templates, then the context templates.
    private static let templateHashes = (0..<160).map { FeatureHash.of(1_000 + $0) }

    /// Attributes of every token, `TokenAttribute.slotCount` hashes per token, lexicon slots included.
    func attributes(of tokens: [String]) -> [UInt64] {
        var buffer = Self.lexiconFreeAttributes(of: tokens)
        fillLexiconSlots(&buffer)
        return buffer
    }

    /// Everything but the slots that depend on the model's word tables, filled by `fillLexiconSlots`.
    static func lexiconFreeAttributes(of tokens: [String]) -> [UInt64] {
        var buffer = [UInt64](repeating: FeatureHash.none, count: tokens.count * slots)
        for (position, token) in tokens.enumerated() {
            describe(token, into: &buffer, at: position * slots)
        }
        return buffer
    }

    func fillLexiconSlots(_ buffer: inout [UInt64]) {
        for base in stride(from: 0, to: buffer.count, by: Self.slots) {
            let byKey = lexicon.code(of: buffer[base + TokenAttribute.key.rawValue])
            let stem = buffer[base + TokenAttribute.stem.rawValue]
            let bare = buffer[base + TokenAttribute.bareStem.rawValue]
            let byStem = lexicon.code(of: stem) ?? (bare == FeatureHash.none ? nil : lexicon.code(of: bare))
            buffer[base + TokenAttribute.lexiconByKey.rawValue] = byKey.map { FeatureHash.of(Int($0)) } ?? FeatureHash.none
            buffer[base + TokenAttribute.lexiconByStem.rawValue] = byStem.map { FeatureHash.of(Int($0)) } ?? FeatureHash.none
            let lists = nameWords.lists(ofKeyHash: buffer[base + TokenAttribute.key.rawValue])
                ?? nameWords.lists(ofKeyHash: stem) ?? (bare == FeatureHash.none ? nil : nameWords.lists(ofKeyHash: bare))
            buffer[base + TokenAttribute.nameLists.rawValue] = lists.map { FeatureHash.of(100 + Int($0)) } ?? FeatureHash.none
        }
    }

    private static func describe(_ token: String, into buffer: inout [UInt64], at base: Int) {
        func set(_ attribute: TokenAttribute, _ value: UInt64) { buffer[base + attribute.rawValue] = value }
        let key = Array(MatchingKey.of(token).unicodeScalars)
        let analysis = ArabicStem(key: key)
        let stem = analysis.stem
        set(.word, FeatureHash.of(token))
        set(.key, FeatureHash.of(key[...]))
        set(.stem, FeatureHash.of(stem))
        if let bare = analysis.bareStem { set(.bareStem, FeatureHash.of(bare)) }
        set(.proclitic, FeatureHash.of(analysis.proclitic))
        let keyPrefixes: [TokenAttribute] = [.keyPrefix1, .keyPrefix2, .keyPrefix3]
        let stemPrefixes: [TokenAttribute] = [.stemPrefix1, .stemPrefix2, .stemPrefix3]
        for (length, attribute) in zip(1..., keyPrefixes) where key.count > length {
            set(attribute, FeatureHash.of(key.prefix(length)))
        }
        for (length, attribute) in zip(1..., stemPrefixes) where stem.count > length {
            set(attribute, FeatureHash.of(stem.prefix(length)))
        }
        let suffixes: [TokenAttribute] = [.suffix1, .suffix2, .suffix3, .suffix4]
        for (length, attribute) in zip(1..., suffixes) where stem.count > length {
            set(attribute, FeatureHash.of(stem.suffix(length)))
        }
        set(.shape, WordShape.of(token))
        set(.length, FeatureHash.of(min(key.count, 10)))
        let trigger = TriggerWords.kind(ofStem: String(String.UnicodeScalarView(stem)))
        set(.trigger, trigger.map { FeatureHash.of($0.rawValue) } ?? noTrigger)
    }

    /// The attributes each token contributes alone, by its offset from the tagged position (index 0 is two
    /// tokens before). Such features depend on that one word, so a tagger can sum their weights once per word.
    private static let wordTemplates: [[TokenAttribute]] = [
        [.key, .trigger],
        [.key, .stem, .suffix2, .suffix3, .shape, .trigger, .lexiconByKey, .lexiconByStem, .nameLists],
        [.key, .stem, .word, .bareStem, .proclitic, .keyPrefix1, .keyPrefix2, .keyPrefix3, .stemPrefix1, .stemPrefix2,
         .stemPrefix3, .suffix1, .suffix2, .suffix3, .suffix4, .length, .shape, .trigger, .lexiconByKey, .lexiconByStem,
         .nameLists],
        [.key, .stem, .suffix2, .suffix3, .shape, .trigger, .lexiconByKey, .lexiconByStem, .nameLists],
        [.key, .trigger],
    ]
    /// Offsets of the window `wordTemplates` covers.
    static let window = -2...2
    private static let bias = FeatureHash.of(-5)
    /// The trigger attribute of a word that is no trigger word.
    private static let noTrigger = FeatureHash.of(0)

    /// Every feature of the token at `position` of a sentence of `count` tokens: one word's templates at
    /// every offset of the window, then `neighbourhoodFeatures` and `documentFeatures`.
    func features(of attributes: [UInt64], count: Int, at position: Int, into features: inout [UInt64]) {
        for offset in Self.window {
            let other = position + offset
            let token = (0..<count).contains(other) ? attributes[(other * Self.slots)..<((other + 1) * Self.slots)] : nil
            Self.wordFeatures(of: token, offset: offset, into: &features)
        }
        neighbourhoodFeatures(of: attributes, count: count, at: position, into: &features)
        documentFeatures(of: attributes, count: count, at: position, into: &features)
    }

    /// The features that one token gives the position `offset` tokens away from it; `token` is its
    /// attributes, or nil for the place before the start (negative offsets) or after the end of a sentence.
    static func wordFeatures(of token: ArraySlice<UInt64>?, offset: Int, into features: inout [UInt64]) {
        let edge = offset < 0 ? beforeStart : afterEnd
        if offset == 0 { features.append(bias) }
        let block = offset - window.lowerBound
        for (number, attribute) in wordTemplates[block].enumerated() {
            let value = token.map { $0[$0.startIndex + attribute.rawValue] } ?? edge
            guard value != FeatureHash.none else { continue }
            features.append(FeatureHash.combine(templateHashes[block * 24 + number], value))
        }
    }

    /// Features of the token at `position` that read several tokens at once.
    func neighbourhoodFeatures(of attributes: [UInt64], count: Int, at position: Int, into features: inout [UInt64]) {
        attributes.withUnsafeBufferPointer { attributes in
            neighbourhoodFeatures(of: attributes, count: count, at: position, into: &features)
        }
    }

    private func neighbourhoodFeatures(of attributes: UnsafeBufferPointer<UInt64>, count: Int, at position: Int,
                                       into features: inout [UInt64]) {
        var templates = Templates(attributes: attributes, count: count, position: position, first: 5 * 24)
        templates.add(.proclitic, -1, .proclitic, 0, into: &features)
        templates.add(.shape, -1, .shape, 0, .shape, 1, into: &features)
        templates.add(.trigger, -1, .stem, 0, into: &features)
        templates.add(.lexiconByKey, -1, .lexiconByKey, 0, .lexiconByKey, 1, into: &features)
        templates.add(.key, -1, .key, 0, into: &features)
        templates.add(.key, 0, .key, 1, into: &features)
        templates.add(.stem, -1, .stem, 0, into: &features)
        templates.add(.stem, 0, .stem, 1, into: &features)
        templates.add(.stem, -2, .stem, -1, into: &features)
        templates.add(.stem, 1, .stem, 2, into: &features)
        // Heads and titles reach past the next word (وزارة الخارجية المصرية), and say most about words the
        // lexicon knows; only an actual trigger word makes these pairs (else they would repeat the stems).
        templates.addAfterTrigger(-2, .stem, -1, into: &features)
        templates.addAfterTrigger(-1, .lexiconByKey, 0, into: &features)
        templates.addAfterTrigger(-2, .stem, 0, into: &features)
        templates.add(.shape, 0, .lexiconByStem, 0, into: &features)
        templates.add(.stem, -1, .suffix2, 0, into: &features)
        templates.add(.nameLists, -1, .nameLists, 0, into: &features)
    }

    /// Features of the token at `position` that read the document slots (all empty in the first pass).
    func documentFeatures(of attributes: [UInt64], count: Int, at position: Int, into features: inout [UInt64]) {
        attributes.withUnsafeBufferPointer { attributes in
            documentFeatures(of: attributes, count: count, at: position, into: &features)
        }
    }

    private func documentFeatures(of attributes: UnsafeBufferPointer<UInt64>, count: Int, at position: Int,
                                  into features: inout [UInt64]) {
        var templates = Templates(attributes: attributes, count: count, position: position, first: 5 * 24 + 16)
        for offset in -2...2 { templates.add(.documentTags, offset, into: &features) }
        templates.add(.documentTags, -1, .documentTags, 0, into: &features)
        templates.add(.documentTags, 0, .documentTags, 1, into: &features)
        templates.add(.documentTags, 0, .lexiconByKey, 0, into: &features)
        templates.add(.documentTags, 0, .trigger, -1, into: &features)
        templates.add(.documentPhrase, 0, into: &features)
        templates.add(.documentPhrase, -1, .documentPhrase, 0, into: &features)
    }

    /// Numbers the templates of one position in the order they are added, each feature being the hash of
    /// its template and values; a template with an empty value gives no feature. It reads the attributes through
    /// a pointer: made once per position, it would otherwise retain and release the array each time.
    private struct Templates {
        let attributes: UnsafeBufferPointer<UInt64>
        let count: Int
        let position: Int
        var template: Int

        init(attributes: UnsafeBufferPointer<UInt64>, count: Int, position: Int, first: Int) {
            self.attributes = attributes
            self.count = count
            self.position = position
            template = first
        }

        private func value(_ attribute: TokenAttribute, _ offset: Int) -> UInt64 {
            let other = position + offset
            if other < 0 { return FeatureExtractor.beforeStart }
            if other >= count { return FeatureExtractor.afterEnd }
            return attributes[other * FeatureExtractor.slots + attribute.rawValue]
        }

        mutating func add(_ attribute: TokenAttribute, _ offset: Int, into features: inout [UInt64]) {
            template += 1
            let first = value(attribute, offset)
            guard first != FeatureHash.none else { return }
            features.append(FeatureHash.combine(FeatureExtractor.templateHashes[template], first))
        }

        /// A pair of the trigger `triggerOffset` tokens away with another attribute, only when that token is a
        /// trigger word.
        mutating func addAfterTrigger(_ triggerOffset: Int, _ attribute: TokenAttribute, _ offset: Int,
                                      into features: inout [UInt64]) {
            guard value(.trigger, triggerOffset) != FeatureExtractor.noTrigger else {
                template += 1
                return
            }
            add(.trigger, triggerOffset, attribute, offset, into: &features)
        }

        mutating func add(_ firstAttribute: TokenAttribute, _ firstOffset: Int, _ secondAttribute: TokenAttribute,
                          _ secondOffset: Int, into features: inout [UInt64]) {
            template += 1
            let first = value(firstAttribute, firstOffset)
            let second = value(secondAttribute, secondOffset)
            guard first != FeatureHash.none, second != FeatureHash.none else { return }
            features.append(FeatureHash.combine(FeatureHash.combine(FeatureExtractor.templateHashes[template], first), second))
        }

        mutating func add(_ firstAttribute: TokenAttribute, _ firstOffset: Int, _ secondAttribute: TokenAttribute,
                          _ secondOffset: Int, _ thirdAttribute: TokenAttribute, _ thirdOffset: Int,
                          into features: inout [UInt64]) {
            template += 1
            let first = value(firstAttribute, firstOffset)
            let second = value(secondAttribute, secondOffset)
            let third = value(thirdAttribute, thirdOffset)
            guard first != FeatureHash.none, second != FeatureHash.none, third != FeatureHash.none else { return }
            let hash = FeatureHash.combine(FeatureHash.combine(FeatureExtractor.templateHashes[template], first), second)
            features.append(FeatureHash.combine(hash, third))
        }
    }
}
