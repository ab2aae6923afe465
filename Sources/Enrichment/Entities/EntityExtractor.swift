import ArabicText

/// Raw article text → its canonical people, organizations and places.
///
/// The text is cut into sentences and tokens and tagged (the model, then `TriggerSpans` where the model saw
/// nothing); every span is cleaned by the `EntityNormalizer` rules (clitics, titles, generic heads, alias
/// file). Then, within the article: a name the gazetteer knows is a place; otherwise a name tagged with several types takes the type it has most often; a
/// short form (`ترامب`) joins the full name it ends (or, for people, starts) (`دونالد ترامب`); and mentions of
/// one identity are counted under their most frequent written form. One-word names without evidence beyond the
/// tagger are left out (`reasonLeftOut`). `EntityRules` lists every rule after the tagger.
public struct EntityExtractor: Sendable {
    /// Tags the sentences of one article with IOB2 tags and their margins, one per token.
    typealias DocumentTagger = @Sendable ([[Substring]]) -> [[(tag: String, margin: Float)]]

    private let tagDocument: DocumentTagger
    private let normalizer: EntityNormalizer

    init(aliases: EntityAliases = .none, words: WordKnowledge = .none, rules: EntityRules = .current,
         tagDocument: @escaping DocumentTagger) {
        self.tagDocument = tagDocument
        self.normalizer = EntityNormalizer(aliases: aliases, words: words, rules: rules)
    }

    private var rules: EntityRules { normalizer.rules }

    /// Sorted by type, then mentions (most first), then name.
    public func entities(in text: String) -> [CanonicalEntity] {
        entities(in: ArticleText(body: text))
    }

    /// The entities of an article's title and body.
    public func entities(in text: ArticleText) -> [CanonicalEntity] {
        reviewed(in: text).filter { $0.leftOut == nil }.map(\.entity)
    }

    /// Every entity the rules found in an article, with why it gets no page when it gets none: what an editor
    /// reviews (`mujaz entities --review`). Sorted as `entities(in:)`.
    public func reviewed(in text: ArticleText) -> [ReviewedEntity] {
        let (mentions, clubs) = self.mentions(in: text)
        // Keys by their 64-bit hash: cheaper to build than a `Set` of keys, for the few lookups a name needs.
        let attestedKeys = HashIndex(keys: text.distinctTokenKeys.map { FeatureHash.of($0) })
        // An article names most of its entities several times, in the same words: each is resolved once.
        var resolutions: [ResolutionKey: ResolvedName?] = [:]
        let resolved = mentions.compactMap { mention in
            let key = ResolutionKey(mention)
            var name: ResolvedName?
            if let known = resolutions[key] {
                name = known
            } else {
                name = normalizer.resolve(words: mention.words, as: mention.type) {
                    attestedKeys.position(of: FeatureHash.of(MatchingKey.of($0))) != nil
                }
                resolutions[key] = name
            }
            if name?.isFixedByAliases == false { name?.confidence = mention.confidence }
            return name
        }
        let typed = Self.typingClubs(resolved, clubs: clubs)
        let merged = MentionLinker.linking(rules.contains(.typeVote) ? Self.votingTypes(of: typed) : typed, rules: rules,
                                               generalText: normalizer.words.frequencies)
        // Worked out once per article, and only when an entity needs them.
        var titled: Set<ByteKey>?
        var companies: Set<ByteKey>?
        var wordCounts: [UInt64: Int]?
        return Self.counted(merged).map { entity in
            ReviewedEntity(entity: entity, leftOut: reasonLeftOut(entity, isClub: clubs.contains(ByteKey(entity.key)), plainUses: {
                if wordCounts == nil { wordCounts = Self.wordCounts(in: text) }
                return Self.plainUses(of: entity, wordCounts: wordCounts!)
            }, isTitled: {
                if titled == nil { titled = TitledNames.titledKeys(in: text) }
                return titled!.contains(ByteKey(entity.key))
            }, isNamedAsCompany: {
                if companies == nil { companies = Self.companyKeys(in: text) }
                return companies!.contains(ByteKey(entity.key))
            }))
        }
    }

    /// The keys of the words the article writes right after a company's head (`شركة أبل`, `لشركة سامسونج`).
    static func companyKeys(in text: ArticleText) -> Set<ByteKey> {
        var named = Set<ByteKey>()
        for sentence in text.sentences {
            for position in sentence.keys.indices.dropLast() where EntityVocabulary.companyHeadForms.contains(sentence.keys[position]) {
                named.insert(ByteKey(sentence.keys[position + 1]))
            }
        }
        return named
    }

    /// How many times the article writes each word, by the `FeatureHash` of its matching key.
    static func wordCounts(in text: ArticleText) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for (key, count) in zip(text.distinctTokenKeys, text.distinctTokenCounts) { counts[FeatureHash.of(key), default: 0] += count }
        return counts
    }

    /// How often the article (its `wordCounts`) writes a one-word entity's word, behind a conjunction or
    /// preposition or not, where no mention of it was tagged.
    static func plainUses(of entity: CanonicalEntity, wordCounts: [UInt64: Int]) -> Int {
        let uses = Set(CliticForms.of(entity.key)).reduce(0) { $0 + (wordCounts[FeatureHash.of($1)] ?? 0) }
        return max(0, uses - entity.mentions)
    }

    /// Tagged spans in text order, and the keys of the one-word clubs the article names as teams
    /// (`ClubNames.keysNamedAsClubs`).
    private func mentions(in text: ArticleText) -> (mentions: [EntityMention], clubs: Set<ByteKey>) {
        // Taken out of `self` once: a method as the closure would copy the whole extractor for every sentence.
        let isListedPlace = normalizer.words.isListedPlace
        let cutsGluedPlaces = rules.contains(.gluedPlaces)
        let sentences = text.sentences.map { sentence in
            let words = sentence.tokens.map(\.text)
            guard cutsGluedPlaces,
                  let cut = GluedPlaces.cutting(words, isPlace: { Self.isOneWordPlace($0, isListedPlace: isListedPlace) }) else {
                return (words: words, keys: sentence.keys)
            }
            return (words: cut, keys: cut.map { MatchingKey.of($0) })
        }
        let tagged = tagDocument(sentences.map(\.words))
        var mentions: [EntityMention] = []
        var clubs = Set<ByteKey>()
        // Latin spellings and short names the article glosses, by key: the full name's words and type.
        var glossed: [String: EntityMention] = [:]
        for ((words, keys), sentenceTagged) in zip(sentences, tagged) where sentenceTagged.count == words.count {
            let hashes = keys.map { FeatureHash.of($0) }
            if rules.contains(.clubs) { clubs.formUnion(ClubNames.keysNamedAsClubs(keys: keys, hashes: hashes)) }
            var filled = applyingSpanRules(to: sentenceTagged.map(\.tag), words: words, keys: keys, hashes: hashes)
            if rules.contains(.latinGlosses) {
                for gloss in LatinGlosses.glosses(tags: filled, words: words, keys: keys) {
                    if gloss.isCommonTerm {
                        for position in gloss.name { filled[position] = "O" }
                        continue
                    }
                    for position in gloss.latin { filled[position] = "O" }
                    if let name = EntityMention.spans(in: Array(words[gloss.name]), tags: Array(filled[gloss.name])).first {
                        glossed[MatchingKey.of(words[gloss.latin].joined(separator: " "))] = name
                    }
                }
            }
            if rules.contains(.acronymGlosses) {
                for gloss in AcronymGlosses.glosses(tags: filled, words: words) {
                    filled[gloss.acronym] = "O"
                    if let name = EntityMention.spans(in: Array(words[gloss.name]), tags: Array(filled[gloss.name])).first {
                        glossed[MatchingKey.of(words[gloss.acronym])] = name
                    }
                }
            }
            // A tag a rule changed is the rule's evidence, not the model's.
            let margins = zip(sentenceTagged, filled).map { $0.tag == $1 ? $0.margin : Float.infinity }
            mentions += EntityMention.spans(in: words, tags: filled, margins: margins)
        }
        guard !glossed.isEmpty else { return (mentions, clubs) }
        return (mentions.map { mention in
            guard let name = glossed[MatchingKey.of(mention.words.joined(separator: " "))] else { return mention }
            var spelled = mention
            spelled.words = name.words
            spelled.type = name.type
            return spelled
        }, clubs)
    }

    /// A place of one word: the gazetteer's, or a city of the name lists.
    private static func isOneWordPlace(_ word: Substring, isListedPlace: (Substring) -> Bool) -> Bool {
        Gazetteer.place(named: String(word)).map { !$0.name.contains(" ") } ?? isListedPlace(word)
    }

    /// The tags of pre-tokenized sentences (one document) after the rules that add and lengthen spans (trigger
    /// words, place heads, gazetteer words, rulers' ordinals, foreign names): what `mujaz tag --with-rules`
    /// prints, so that those rules are scored on token-level gold too.
    public func tagsWithSpanRules(_ sentences: [[String]]) -> [[String]] {
        let words = sentences.map { $0.map { Substring($0) } }
        return zip(words, tagDocument(words)).map { words, tagged in
            let keys = words.map { MatchingKey.of($0) }
            return applyingSpanRules(to: tagged.map(\.tag), words: words, keys: keys, hashes: keys.map { FeatureHash.of($0) })
        }
    }

    /// `hashes` are the `FeatureHash` of `keys`.
    private func applyingSpanRules(to tags: [String], words: [Substring], keys: [String], hashes: [UInt64]) -> [String] {
        let organizations = rules.contains(.knownOrganizations) ? KnownOrganizations.filling(tags, keys: keys, hashes: hashes) : tags
        let clubs = rules.contains(.clubs) ? ClubNames.filling(organizations, keys: keys, hashes: hashes) : organizations
        let known = rules.contains(.stockExchanges) ? StockExchanges.filling(clubs, keys: keys, hashes: hashes) : clubs
        let companies = rules.contains(.companyHeads) ? CompanyNames.filling(known, words: words, keys: keys, hashes: hashes, knowledge: normalizer.words) : known
        let triggered = rules.contains(.triggerSpans) ? TriggerSpans.filling(companies, words: words, keys: keys, isVerb: normalizer.words.frequencies.isVerbForm) : companies
        let titled = rules.contains(.titledNames) ? TitledNames.filling(triggered, words: words, keys: keys, hashes: hashes, knowledge: normalizer.words) : triggered
        let repeated = rules.contains(.repeatedHeads) ? RepeatedHeads.filling(titled, keys: keys) : titled
        let states = rules.contains(.officialNames) ? OfficialNames.filling(repeated, keys: keys, hashes: hashes) : repeated
        let events = rules.contains(.eventsAndTribes) ? EventsAndTribes.dropping(states, keys: keys) : states
        let placed = PlaceSpans.filling(events, words: words, keys: keys, hashes: hashes, rules: rules, knowledge: normalizer.words)
        let numbered = rules.contains(.regnalNumbers) ? RegnalNumbers.extending(placed, keys: keys) : placed
        let families = rules.contains(.familyNisbas) ? FamilyNisbas.extending(numbered, words: words, keys: keys, knowledge: normalizer.words) : numbered
        let latin = rules.contains(.latinNames) ? ForeignNameSpans.extendingLatinNames(families, words: words) : families
        let spelled = rules.contains(.spelledAcronyms) ? ForeignNameSpans.spellingOutAcronyms(latin, words: words, keys: keys) : latin
        let prefixed = rules.contains(.placePrefixes) ? ForeignNameSpans.joiningPlacePrefixes(spelled, words: words, hashes: hashes) : spelled
        let coordinated = rules.contains(.coordinatedPlaces) ? PlaceSpans.splittingCoordinatedPlaces(prefixed, keys: keys) : prefixed
        return rules.contains(.commonNounPhrases) ? CommonNounPhrases.clearing(coordinated, keys: keys) : coordinated
    }

    /// Why an entity is not worth a page, nil when it is. A one-word name needs some evidence beyond the tagger's
    /// say-so when the gazetteer (also in another spelling), the known organizations, the alias file and, for a
    /// club the article names as a team (`isClub`), the clubs do not vouch for it: not a word the article uses
    /// plainly at least twice as often as it names it, not a common word (unless only general text says so of an
    /// organization the article names at least twice, and more often than it uses the word plainly: `الأهلي`), for
    /// a person or organization said only once a word the name lists or the training text know as a name (or
    /// capitals in Latin script), or for a person a title before it, for a person or organization written with the
    /// article a name they know or an adjective of origin, and for any name said once a margin the model is sure
    /// of. An organization the article names right after a company's head needs no more.
    private func reasonLeftOut(_ entity: CanonicalEntity, isClub: Bool, plainUses: () -> Int, isTitled: () -> Bool,
                               isNamedAsCompany: () -> Bool) -> ReviewedEntity.Reason? {
        guard !entity.name.containsSpace, Gazetteer.place(forKey: entity.key) == nil, normalizer.words.placeSpelled(likeKey: entity.key) == nil,
              !normalizer.aliases.knows(entity.name),
              !(rules.contains(.knownOrganizations) && KnownOrganizations.keys.contains(entity.key)),
              !(entity.type == .organization && isClub),
              !(rules.contains(.companyHeads) && entity.type == .organization && isNamedAsCompany())
        else { return nil }
        let word = Substring(entity.name)
        // A title says the word is a person's name; the article's other uses of it are that person again (`الرئيس
        // الفرنسي ماكرون` … `وقال ماكرون`), which the tagger, not knowing the name, left untagged.
        func isTitledPerson() -> Bool { rules.contains(.titledNames) && entity.type == .person && isTitled() }
        if rules.contains(.mostlyPlainWords), plainUses() >= 2 * entity.mentions, !isTitledPerson() {
            return .mostlyPlainWord
        }
        if rules.contains(.commonWords), normalizer.words.isCommonWord(word),
           !(rules.contains(.namedCommonWords) && entity.type == .organization && entity.mentions >= 2
               && !normalizer.words.isCommonInTraining(word) && plainUses() < entity.mentions) {
            return .commonWord
        }
        if rules.contains(.unknownSingleWords), entity.type != .place, entity.mentions == 1, !normalizer.words.isName(word),
           !Self.isLatinAcronym(word), !isTitledPerson() {
            return .unknownSingleWord
        }
        if rules.contains(.definiteNouns), entity.type != .place, entity.key.hasPrefix("\u{0627}\u{0644}"),
           !NisbaAdjective.hasNisbaShape(entity.name), !normalizer.words.isName(word) {
            return .definiteNoun
        }
        if rules.contains(.doubtfulSingleWords), entity.mentions == 1, let confidence = entity.confidence,
           confidence < Self.leastSingleWordConfidence {
            return .doubtfulSingleWord
        }
        return nil
    }

    /// Capitals in Latin script, with `&` or digits (`AT&T`, `IBM`, `3M`): the name lists know Arabic words only,
    /// and Arabic text writes a company or agency so by its own name, never a common term.
    static func isLatinAcronym(_ word: Substring) -> Bool {
        let scalars = word.unicodeScalars
        return scalars.count >= 2 && scalars.filter({ ("A"..."Z").contains($0) }).count >= 2
            && scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "&" || $0 == "-" }
    }

    /// The model's margin below which a one-word name said once gets no page. Chosen on the EASC dev articles
    /// (`docs/entities.md`): below it every such name there was wrong (`أوبرا`, `بوذيساتفا`), above it most are right.
    static let leastSingleWordConfidence: Float = 10

    /// The names of one-word clubs the article names as a team (`clubs`, `ClubNames.keysNamedAsClubs`) are
    /// organizations, though most are also cities (`مدرب ليفربول`). Names the alias file typed keep their type.
    static func typingClubs(_ names: [ResolvedName], clubs: Set<ByteKey>) -> [ResolvedName] {
        guard !clubs.isEmpty else { return names }
        return names.map { name in
            guard !name.isFixedByAliases, clubs.contains(ByteKey(name.identity.key)) else { return name }
            var club = name
            club.identity.type = .organization
            return club
        }
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
            var confidence = -Float.infinity
        }
        var groups: [GroupKey: Group] = [:]
        for (position, name) in names.enumerated() {
            let key = GroupKey(type: name.identity.type, key: ByteKey(name.identity.key))
            var group = groups[key] ?? Group()
            group.mentions += 1
            group.confidence = max(group.confidence, name.confidence)
            let form = group.forms[name.identity.name] ?? (0, position)
            group.forms[name.identity.name] = (form.count + 1, form.order)
            groups[key] = group
        }
        return groups.map { key, group in
            let display = group.forms.max { lhs, rhs in
                lhs.value.count != rhs.value.count ? lhs.value.count < rhs.value.count : lhs.value.order > rhs.value.order
            }
            return CanonicalEntity(type: key.type, name: display?.key ?? "", key: key.key.text, mentions: group.mentions,
                                   confidence: group.confidence.isFinite ? group.confidence : nil)
        }
        .sorted { lhs, rhs in
            if lhs.type != rhs.type { return lhs.type < rhs.type }
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            return lhs.name < rhs.name
        }
    }
}

/// What `EntityNormalizer.resolve` reads of a mention: its type, its words, and the text they span (the alias
/// file matches that text as written), the parts kept apart by control characters no word holds.
private struct ResolutionKey: Hashable {
    let type: EntityType
    let text: ByteKey

    init(_ mention: EntityMention) {
        type = mention.type
        let span = mention.words.first.map { String($0.base[$0.startIndex..<mention.words.last!.endIndex]) } ?? ""
        text = ByteKey(mention.words.joined(separator: "\u{0}") + "\u{1}" + span)
    }
}
