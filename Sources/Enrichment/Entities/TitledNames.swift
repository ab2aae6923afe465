import ArabicText

/// A title or a calling before a word is what says it is a person's name when no list knows it: names of history
/// and myth (`المؤرخ الروماني تاسيتوس`, `للملك سنفرو`, `والإلهة ديميتر`, `الفرعون زوسر`) are in no name list, and
/// an article often names them once.
enum TitledNames {
    /// The keys of the words the article writes right after a title or a calling, past the words that qualify it
    /// (`قال المؤرخ الروماني تاسيتوس` → `تاسيتوس`): the evidence `EntityRules.titledNames` reads.
    static func titledKeys(in text: ArticleText) -> Set<ByteKey> {
        var titled = Set<ByteKey>()
        for sentence in text.sentences {
            let words = sentence.tokens.map(\.text)
            for position in sentence.keys.indices {
                if let name = nameAfterTitle(at: position, hash: FeatureHash.of(sentence.keys[position]), words: words, keys: sentence.keys) {
                    titled.insert(ByteKey(sentence.keys[name]))
                }
            }
        }
        return titled
    }

    /// Tags as a person a single word after a title or a calling where the tagger saw nothing
    /// (`الفرعون زوسر`, `المهندس ايمحوتب`), when it reads as a name: letters only, indefinite, no clitic its
    /// spelling proves, no word of the entity vocabularies or place of the gazetteer, and either a name of the lists
    /// that is no common word or, when it does not open with a conjunction (`ونهاية`), a name the training text
    /// knows that is no common word or a word the training text does not have that does not read as a verb in the
    /// future (`ستمنحنا`) and that general text has not at all, or after a qualifying word only rarely and not as a
    /// common word (`leastNameFrequencyClass`). Two such words in a row are left to `TriggerSpans`, which takes names of
    /// two or three words. `hashes` are the `FeatureHash` of `keys`.
    static func filling(_ tags: [String], words: [Substring], keys: [String], hashes: [UInt64], knowledge: WordKnowledge) -> [String] {
        var tags = tags
        for position in words.indices where tags[position] == "O" {
            guard let name = nameAfterTitle(at: position, hash: hashes[position], words: words, keys: keys), tags[name] == "O",
                  isUnknownName(words[name], key: keys[name], knowledge: knowledge, afterQualifier: name > position + 1),
                  name + 1 == words.count || !isUnknownName(words[name + 1], key: keys[name + 1], knowledge: knowledge, afterQualifier: false)
            else { continue }
            tags[name] = "B-PERS"
        }
        return tags
    }

    /// Where the word after the title or calling at `position` (whose key has the `FeatureHash` `hash`) stands,
    /// past the words that qualify it; nil when the word at `position` is none, or when the word after it is a
    /// Latin word in small letters, a term the text glosses (`علم الأحياء الفلكي astrobiology`), never a name.
    private static func nameAfterTitle(at position: Int, hash: UInt64, words: [Substring], keys: [String]) -> Int? {
        guard titleForms.position(of: hash) != nil else { return nil }
        var next = position + 1
        while next < keys.count, EntityVocabulary.descriptors.contains(keys[next]) || NisbaAdjective.isPlaceDerived(String(words[next])) {
            next += 1
        }
        guard next < keys.count, !(words[next].unicodeScalars.first.map { ("a"..."z").contains($0) } ?? false) else { return nil }
        return next
    }

    /// Titles and callings, also behind a conjunction or preposition (`وللملك`, `بالإمبراطور`), by the hash of
    /// their keys: every word of an article is looked up. Not an office whose complement follows it (`قائد الجيش`,
    /// `رئيس الوزراء`).
    private static let titleForms = HashIndex(keys: Set(
        EntityVocabulary.titles.members.subtracting(EntityVocabulary.constructTitles.members).union(EntityVocabulary.callings.members)
            .flatMap { CliticForms.of($0.text) }.map { FeatureHash.of($0) }
    ).sorted())

    private static func isUnknownName(_ word: Substring, key: String, knowledge: WordKnowledge, afterQualifier: Bool) -> Bool {
        let split = Clitics.split(word)
        guard word.count >= 3, word.allSatisfy(\.isLetter), !key.hasPrefix("\u{0627}\u{0644}"),
              split.conjunction == nil, split.preposition == nil,
              !EntityVocabulary.functionWords.contains(key), !EntityVocabulary.isTrigger(key), !EntityVocabulary.callings.contains(key),
              !EntityVocabulary.descriptors.contains(key), !EntityVocabulary.commonNouns.contains(key),
              Gazetteer.place(forKey: key) == nil, !NisbaAdjective.isPlaceDerived(String(word))
        else { return false }
        if knowledge.isListedName(word) { return !knowledge.isCommonWord(word) }
        guard !key.hasPrefix("\u{0648}"), !key.hasPrefix("\u{0641}") else { return false }
        if knowledge.isName(word) { return !knowledge.isCommonWord(word) }
        guard !knowledge.isKnownWord(word), !isFutureVerb(key) else { return false }
        // A word general text has far more often without its first letter, or only so, is that word behind a
        // preposition (`لطيران`, `المهاجم لقطع`).
        guard !(word.first.map(prepositionLetters.contains) == true
                && knowledge.frequencies.prefersSplit(whole: word, stem: word.dropFirst())) else { return false }
        guard let frequency = knowledge.frequencies.frequencyClass(of: word) else { return true }
        // General text also knows the names the news is full of (`الرئيس الفرنسي ماكرون`): after a title and a word
        // that qualifies it (a verb may follow a bare title: `الوزير استقال`), a word general text has, but not very
        // often, nor with and without the article, nor as a verb in the imperfect, is one of them when the training
        // text, which has the common words and adverbs that follow titles (`آنذاك`, `بدوره`), does not know it.
        return afterQualifier && frequency >= leastNameFrequencyClass && !knowledge.isCommonWord(word)
            && !knowledge.frequencies.isVerbForm(word)
    }

    /// The letters of the prepositions written as part of the word after them.
    private static let prepositionLetters: Set<Character> = ["\u{0628}", "\u{0644}", "\u{0643}"]

    /// Words general text has more often than this (about once in ten thousand words: `أمس`, `نفسه`) are not taken
    /// for a name after a title on general text's word alone.
    static let leastNameFrequencyClass: WordFrequencies.FrequencyClass = 400

    /// A verb in the future, which general text has too rarely with its suffixes to know (`ستمنحنا`, `سيعلنون`).
    private static func isFutureVerb(_ key: String) -> Bool {
        let letters = key.unicodeScalars
        return letters.first == "\u{0633}" && letters.dropFirst().first.map { "\u{064A}\u{062A}\u{0646}\u{0627}".unicodeScalars.contains($0) } == true
    }
}
