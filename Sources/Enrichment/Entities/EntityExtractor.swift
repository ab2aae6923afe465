import ArabicText

/// Raw article text → its canonical people, organizations and places.
///
/// The text is cut into sentences and tokens and tagged (the model, then `TriggerSpans` where the model saw
/// nothing); every span is cleaned by the `EntityNormalizer` rules (clitics, titles, generic heads, alias
/// file). Then, within the article: a name the gazetteer knows is a place; otherwise a name tagged with several types takes the type it has most often; a
/// short form (`ترامب`) joins the full name it ends (or, for people, starts) (`دونالد ترامب`); and mentions of
/// one identity are counted under their most frequent written form.
public struct EntityExtractor: Sendable {
    /// Tags the sentences of one article with IOB2 tags, one tag per token.
    typealias DocumentTagger = @Sendable ([[Substring]]) -> [[String]]

    private let tagDocument: DocumentTagger
    private let normalizer: EntityNormalizer

    init(aliases: EntityAliases = .none, tagDocument: @escaping DocumentTagger) {
        self.tagDocument = tagDocument
        self.normalizer = EntityNormalizer(aliases: aliases)
    }

    /// Sorted by type, then mentions (most first), then name.
    public func entities(in text: String) -> [CanonicalEntity] {
        entities(in: ArticleText(body: text))
    }

    /// The entities of an article's title and body.
    public func entities(in text: ArticleText) -> [CanonicalEntity] {
        let mentions = self.mentions(in: text)
        // Keys by their 64-bit hash: cheaper to build than a `Set` of keys, for the few lookups a name needs.
        let attestedKeys = HashIndex(keys: text.distinctTokenKeys.map { FeatureHash.of($0) })
        let resolved = mentions.compactMap { mention in
            normalizer.resolve(words: mention.words, as: mention.type) {
                attestedKeys.position(of: FeatureHash.of(MatchingKey.of($0))) != nil
            }
        }
        let merged = MentionLinker.linking(Self.votingTypes(of: resolved))
        return Self.counted(merged)
    }

    /// Tagged spans in text order.
    private func mentions(in text: ArticleText) -> [EntityMention] {
        let sentenceWords = text.sentences.map { $0.tokens.map(\.text) }
        let tags = tagDocument(sentenceWords)
        var mentions: [EntityMention] = []
        for ((sentence, words), sentenceTags) in zip(zip(text.sentences, sentenceWords), tags) where sentenceTags.count == words.count {
            mentions += EntityMention.spans(in: words, tags: TriggerSpans.filling(sentenceTags, words: words, keys: sentence.keys))
        }
        return mentions
    }

    /// One type per name within the article: the gazetteer's place, else the type tagged most often
    /// (ties go to the type seen first). Names the alias file typed keep their type.
    static func votingTypes(of names: [ResolvedName]) -> [ResolvedName] {
        var votes: [ByteKey: [EntityType: Int]] = [:]
        var firstType: [ByteKey: EntityType] = [:]
        for name in names where !name.isFixedByAliases {
            let key = ByteKey(name.identity.key)
            votes[key, default: [:]][name.identity.type, default: 0] += 1
            if firstType[key] == nil { firstType[key] = name.identity.type }
        }
        return names.map { name in
            let key = ByteKey(name.identity.key)
            guard !name.isFixedByAliases, let tally = votes[key], let first = firstType[key] else { return name }
            // Most votes, then the type seen first, then the fixed type order: never the dictionary's order.
            let best = tally.max { lhs, rhs in
                if lhs.value != rhs.value { return lhs.value < rhs.value }
                if (lhs.key == first) != (rhs.key == first) { return rhs.key == first }
                return lhs.key > rhs.key
            }
            var voted = name
            voted.identity.type = best?.key ?? name.identity.type
            return voted
        }
    }

    /// Mentions counted per (type, key), named by the most frequent written form (the first seen on ties).
    static func counted(_ names: [ResolvedName]) -> [CanonicalEntity] {
        struct GroupKey: Hashable {
            var type: EntityType
            var key: ByteKey
        }
        struct Group {
            var forms: [String: (count: Int, order: Int)] = [:]
            var mentions = 0
        }
        var groups: [GroupKey: Group] = [:]
        for (position, name) in names.enumerated() {
            let key = GroupKey(type: name.identity.type, key: ByteKey(name.identity.key))
            var group = groups[key] ?? Group()
            group.mentions += 1
            let form = group.forms[name.identity.name] ?? (0, position)
            group.forms[name.identity.name] = (form.count + 1, form.order)
            groups[key] = group
        }
        return groups.map { key, group in
            let display = group.forms.max { lhs, rhs in
                lhs.value.count != rhs.value.count ? lhs.value.count < rhs.value.count : lhs.value.order > rhs.value.order
            }
            return CanonicalEntity(type: key.type, name: display?.key ?? "", key: key.key.text, mentions: group.mentions)
        }
        .sorted { lhs, rhs in
            if lhs.type != rhs.type { return lhs.type < rhs.type }
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            return lhs.name < rhs.name
        }
    }
}
