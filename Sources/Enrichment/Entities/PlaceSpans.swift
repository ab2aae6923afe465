import ArabicText

/// Places the tagger left out although the words make them plain, added only where its tags are `O`:
/// - a natural or built feature or a state named after its head (`نهر السين`, `بحيرة طبريا`, `متحف اللوفر`,
///   `جمهورية التشيك`):
///   the head and the name word after it, and a directional adjective after that (`بحر الصين الجنوبي`); a head
///   right before a place the tagger found joins it (`نهر` + `الأردن`);
/// - a one-word place of the gazetteer (`لندن`, `وبرشلونة`), unless the training text knows the word as a common
///   word (`صور`, `جدة`).
///
/// and splits a span of two places joined by و (`splittingCoordinatedPlaces`).
enum PlaceSpans {
    /// Heads that belong to the place's name, as matching keys (`قطاع`, `مدينة`, `دولة` are generic heads that
    /// names drop, `EntityVocabulary.genericHeads`).
    /// Definite heads are left out: `البحر`, `النهر` are far more often the sea or the river just mentioned.
    /// `قناة` is a television channel's head (`EntityVocabulary.mediaHeads`); the canals are the gazetteer's.
    private static let heads = KeySet("""
        نهر جبل جبال بحر بحيرة جزر جزيرة خليج هضبة سهل وادي صحراء مضيق محيط تلال هرم متحف كنيسة مسجد \
        المسجد مطار ميناء مرفأ قلعة قصر برج سد شلالات مغارة كهف جمهورية مملكة سلطنة بلاد
        """.split(separator: " ").map { MatchingKey.of($0) })

    private static let lands = MatchingKey.of("بلاد")

    /// Adjectives of direction and size, and those of a state's official name, that stay with a place's name
    /// (`الجنوبي`, `الأكبر`, `جمهورية الصين الشعبية`), masculine and feminine: an adjective agrees with the place
    /// it qualifies, so `ساحل تايوان الشرقي` is Taiwan's eastern coast, not a place `تايوان الشرقي`.
    private static let masculineDirections = KeySet("""
        الشمالي الجنوبي الشرقي الغربي الأوسط الأعلى الأدنى الأكبر الأصغر
        """.split(separator: " ").map { MatchingKey.of($0) })
    private static let feminineDirections = KeySet("""
        الشمالية الجنوبية الشرقية الغربية الوسطى العليا السفلى الكبرى الصغرى
        """.split(separator: " ").map { MatchingKey.of($0) })
    /// Adjectives of official and descriptive names, which may qualify any word of the name
    /// (`جمهورية الصين الشعبية`, `متحف الحياة الشعبية`).
    private static let officialAdjectives = KeySet("""
        الشعبية الديمقراطية الاتحادية الإسلامية الهاشمية المتحدة
        """.split(separator: " ").map { MatchingKey.of($0) })
    /// Heads of masculine gender; other heads and plurals of things take feminine adjectives.
    private static let masculineHeads = KeySet("""
        نهر جبل بحر خليج سهل وادي مضيق محيط هرم متحف مسجد المسجد مطار ميناء مرفأ قصر برج سد كهف \
        النهر الجبل البحر الخليج الوادي المحيط القطب الشرق الغرب
        """.split(separator: " ").map { MatchingKey.of($0) })

    /// `hashes` are the `FeatureHash` of `keys`: every word is looked up, nearly always in vain, by the hash of
    /// its key, in tables made once.
    static func filling(_ tags: [String], words: [Substring], keys: [String], hashes: [UInt64], rules: EntityRules,
                        knowledge: WordKnowledge) -> [String] {
        guard !rules.isDisjoint(with: [.placeHeads, .gazetteerWords]) else { return tags }
        var tags = tags
        if rules.contains(.placeHeads) {
            retypeHeadedNames(&tags, keys: keys, hashes: hashes)
            addHeadedPlaces(&tags, words: words, keys: keys, hashes: hashes, knowledge: knowledge)
        }
        if rules.contains(.gazetteerWords) { addGazetteerWords(&tags, words: words, keys: keys, hashes: hashes, knowledge: knowledge) }
        return tags
    }

    /// Two places joined by و inside one span are two places (`فرنسا وإيطاليا`): a word that opens with و and
    /// is a gazetteer place behind it starts a span of its own when the span so far is a gazetteer place too.
    static func splittingCoordinatedPlaces(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        var start = 0
        for index in tags.indices {
            if tags[index].hasPrefix("B-") { start = index }
            guard tags[index] == "I-LOC", keys[index].hasPrefix("\u{0648}"),
                  Gazetteer.place(forKey: String(keys[index].dropFirst())) != nil,
                  Gazetteer.place(forKey: keys[start..<index].joined(separator: " ")) != nil else { continue }
            tags[index] = "B-LOC"
            start = index
        }
        return tags
    }

    /// Whether the key is a head that belongs to a place's name (`نهر`, `بلاد`).
    static func isHead(_ key: String) -> Bool {
        heads.contains(key)
    }

    /// The heads, also behind clitics and pairs of clitics (`وبحيرة`, `كبحر`, `وبنهر`), by the hash of their keys.
    private static let headTable = HashIndex(keys: Set(heads.members.flatMap { head in
        CliticForms.prefixes.map { FeatureHash.of($0 + head.text) }
    }).sorted())

    /// One-word gazetteer places, also behind و ف ب ل ك and their pairs (`وبرشلونة`, `للقاهرة`), by the hash of
    /// their keys, and the key of the place each stands for.
    private static let oneWordPlaces: (index: HashIndex, places: [String]) = {
        var standalone: [UInt64: String] = [:]
        for key in Gazetteer.placesByKey.keys where !key.contains(" ") {
            for form in CliticForms.of(key) { standalone[FeatureHash.of(form)] = standalone[FeatureHash.of(form)] ?? key }
        }
        let hashes = standalone.keys.sorted()
        return (HashIndex(keys: hashes), hashes.map { standalone[$0]! })
    }()

    private static func addHeadedPlaces(_ tags: inout [String], words: [Substring], keys: [String], hashes: [UInt64],
                                        knowledge: WordKnowledge) {
        var index = 0
        while index + 1 < words.count {
            guard tags[index] == "O", headTable.position(of: hashes[index]) != nil else {
                index += 1
                continue
            }
            let next = index + 1
            if keys[index].hasSuffix(lands), Gazetteer.place(forKey: keys[next])?.kind == .country {
                // `بلاد الشام` is a region's name; `بلاد الصين` is China, also behind a clitic (`وبلاد الصين`).
                index += 1
            } else if tags[next].hasPrefix("B-") {
                // The tagger found the name after the head: the head opens the place.
                var end = next + 1
                while end < words.count, tags[end].hasPrefix("I-") { end += 1 }
                end = endAfterDirections(from: end, tags: tags, keys: keys, headKey: keys[index])
                SpanTags.mark(&tags, index..<end, label: "LOC")
                index = end
            } else if tags[next] == "O", isNameWord(words[next], key: keys[next], knowledge: knowledge) {
                let end = endAfterDirections(from: next + 1, tags: tags, keys: keys, headKey: keys[index])
                SpanTags.mark(&tags, index..<end, label: "LOC")
                index = end
            } else {
                index += 1
            }
        }
    }

    /// A name the tagger found that opens with a place's head is a place, whatever type it gave (`المسجد الأقصى`,
    /// `برج إيفل`, named buildings and features), and keeps the adjectives of direction after it (`بحر الصين` +
    /// `الجنوبي`).
    private static func retypeHeadedNames(_ tags: inout [String], keys: [String], hashes: [UInt64]) {
        var index = 0
        while index < tags.count {
            guard tags[index] == "B-MISC" || tags[index] == "B-LOC", headTable.position(of: hashes[index]) != nil else {
                index += 1
                continue
            }
            let inside = "I-" + tags[index].dropFirst(2)
            var end = index + 1
            while end < tags.count, tags[end] == inside { end += 1 }
            end = endAfterDirections(from: end, tags: tags, keys: keys, headKey: keys[index])
            SpanTags.mark(&tags, index..<end, label: "LOC")
            index = end
        }
    }

    /// Past the untagged words from `start` that are adjectives of an official name, or of direction or size
    /// agreeing with the place's head `headKey` (behind any clitic): feminine unless the head is masculine.
    private static func endAfterDirections(from start: Int, tags: [String], keys: [String], headKey: String) -> Int {
        let isMasculine = (0...2).contains { masculineHeads.contains(String(headKey.dropFirst($0))) }
        let agreeing = isMasculine ? masculineDirections : feminineDirections
        var end = start
        while end < tags.count, tags[end] == "O", officialAdjectives.contains(keys[end]) || agreeing.contains(keys[end]) { end += 1 }
        return end
    }

    private static func addGazetteerWords(_ tags: inout [String], words: [Substring], keys: [String], hashes: [UInt64], knowledge: WordKnowledge) {
        for index in words.indices where tags[index] == "O" {
            guard let position = oneWordPlaces.index.position(of: hashes[index]) else {
                if isPlaceSpelling(key: keys[index], knowledge: knowledge) { tags[index] = "B-LOC" }
                continue
            }
            let place = oneWordPlaces.places[position]
            guard !knowledge.isCommonWord(Substring(place)), !knowledge.isCommonWord(words[index]),
                  !isPronounEnding(words[index], of: place) else { continue }
            tags[index] = "B-LOC"
        }
    }

    /// A one-word gazetteer place in another spelling (`WordKnowledge.placeSpelled(likeKey:)`) where the tagger saw
    /// nothing: only a word without the article that ends in the place's last two letters (`شتوتجارت`,
    /// `جوهانسبورغ`); rare words with the article (`الموازن`, `الأمازون`) and adjectives of places (`فنلنديا`,
    /// `فنلندا`) share the letters of a place too often.
    private static func isPlaceSpelling(key: String, knowledge: WordKnowledge) -> Bool {
        guard !key.utf8.starts(with: articleBytes), let place = knowledge.placeSpelled(likeKey: key),
              !place.name.utf8.contains(32) else { return false }
        func ending(_ key: String) -> [Unicode.Scalar] { key.unicodeScalars.suffix(2).map { $0 == "\u{062C}" ? "\u{063A}" : $0 } }
        return ending(key) == ending(MatchingKey.of(place.name))
    }

    private static let articleBytes = Array("ال".utf8)

    /// A final ه where the place's name ends in ة is far more often a pronoun (`جده`, his grandfather, is not
    /// `جدة`): where the tagger saw no place, only the place's own spelling proves one.
    private static func isPronounEnding(_ word: Substring, of placeKey: String) -> Bool {
        word.unicodeScalars.last == "\u{0647}" && Gazetteer.place(forKey: placeKey)?.name.unicodeScalars.last == "\u{0629}"
    }

    /// A word that can be a place's name after its head: letters only, no adjective of origin, and either known
    /// as a name or neither known to the training text nor a common word (adjectives and common nouns: `نهر مقدس`,
    /// `محيط واسع`).
    private static func isNameWord(_ word: Substring, key: String, knowledge: WordKnowledge) -> Bool {
        word.allSatisfy(\.isLetter) && key.count >= 2 && !EntityVocabulary.functionWords.contains(key)
            && !NisbaAdjective.isPlaceDerived(String(word))
            && (key.hasPrefix("\u{0627}\u{0644}") || !knowledge.isCommonWord(word))
            && (knowledge.isName(word) || !knowledge.isKnownWord(word))
    }
}
