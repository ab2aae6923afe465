import ArabicText

/// Turns a sentence into feature hashes: first the attributes of each token alone (`TokenAttribute`), then,
/// per position, templates over a window of two tokens on each side.
struct FeatureExtractor: Sendable {
    let lexicon: TagLexicon

    private static let slots = TokenAttribute.slotCount
    private static let beforeStart = FeatureHash.of(-1)
    private static let afterEnd = FeatureHash.of(-2)
    /// Fills the unused value places of a template with fewer than three values.
    private static let unary = FeatureHash.of(-4)
    private static let templateHashes = (0..<128).map { FeatureHash.of(1_000 + $0) }
    private static let ownAttributes: [TokenAttribute] = [
        .keyPrefix1, .keyPrefix2, .keyPrefix3, .stemPrefix1, .stemPrefix2, .stemPrefix3,
        .suffix1, .suffix2, .suffix3, .suffix4, .length,
    ]

    /// Attributes of every token, `TokenAttribute.slotCount` hashes per token, lexicon slots included.
    func attributes(of tokens: [String]) -> [UInt64] {
        var buffer = Self.lexiconFreeAttributes(of: tokens)
        fillLexiconSlots(&buffer)
        return buffer
    }

    /// Everything but the lexicon slots, which depend on the lexicon and are filled by `fillLexiconSlots`.
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
        set(.trigger, FeatureHash.of(trigger?.rawValue ?? 0))
    }

    /// The feature hashes of the token at `position` of a sentence of `count` tokens, appended to `features`.
    func features(of attributes: [UInt64], count: Int, at position: Int, into features: inout [UInt64]) {
        func value(_ attribute: TokenAttribute, _ offset: Int) -> UInt64 {
            let other = position + offset
            if other < 0 { return Self.beforeStart }
            if other >= count { return Self.afterEnd }
            return attributes[other * Self.slots + attribute.rawValue]
        }
        var template = 0
        func add(_ first: UInt64, _ second: UInt64 = Self.unary, _ third: UInt64 = Self.unary) {
            template += 1
            guard first != FeatureHash.none, second != FeatureHash.none, third != FeatureHash.none else { return }
            let hash = FeatureHash.combine(FeatureHash.combine(Self.templateHashes[template], first), second)
            features.append(third == Self.unary ? hash : FeatureHash.combine(hash, third))
        }
        add(1)
        for offset in -2...2 { add(value(.key, offset)) }
        for offset in -1...1 { add(value(.stem, offset)) }
        add(value(.word, 0))
        add(value(.bareStem, 0))
        add(value(.proclitic, 0))
        add(value(.proclitic, -1), value(.proclitic, 0))
        for attribute in Self.ownAttributes { add(value(attribute, 0)) }
        for offset in [-1, 1] {
            add(value(.suffix2, offset))
            add(value(.suffix3, offset))
        }
        for offset in -1...1 { add(value(.shape, offset)) }
        add(value(.shape, -1), value(.shape, 0), value(.shape, 1))
        for offset in -2...2 { add(value(.trigger, offset)) }
        add(value(.trigger, -1), value(.stem, 0))
        for offset in -1...1 {
            add(value(.lexiconByKey, offset))
            add(value(.lexiconByStem, offset))
        }
        add(value(.lexiconByKey, -1), value(.lexiconByKey, 0), value(.lexiconByKey, 1))
        for offset in -2...2 { add(value(.documentTags, offset)) }
        add(value(.documentTags, -1), value(.documentTags, 0))
        add(value(.documentTags, 0), value(.documentTags, 1))
        add(value(.documentTags, 0), value(.lexiconByKey, 0))
        add(value(.documentTags, 0), value(.trigger, -1))
        add(value(.documentPhrase, 0))
        add(value(.documentPhrase, -1), value(.documentPhrase, 0))
        add(value(.key, -1), value(.key, 0))
        add(value(.key, 0), value(.key, 1))
        add(value(.stem, -1), value(.stem, 0))
        add(value(.stem, 0), value(.stem, 1))
        add(value(.stem, -2), value(.stem, -1))
        add(value(.stem, 1), value(.stem, 2))
    }
}
