import ArabicText

/// What Mujaz knows of single words, for the rules that clean the tagger's names: whether a word is a name (a
/// name list has it, or the training text tagged it mostly inside names), whether it is a common word, and how
/// often general text has it (`WordFrequencies`).
struct WordKnowledge: Sendable {
    /// A name list has the word as written. Only the lists decide about clitics: the training text tags
    /// `بغزة` as a place, clitic and all.
    let isListedName: @Sendable (Substring) -> Bool
    /// The list of the world's cities has the word (`السلط`).
    let isListedPlace: @Sendable (Substring) -> Bool
    let isName: @Sendable (Substring) -> Bool
    /// Seen often in the training text, nearly always outside names.
    let isCommonInTraining: @Sendable (Substring) -> Bool
    /// Whether the training text has the word at all.
    let isKnownWord: @Sendable (Substring) -> Bool
    let frequencies: WordFrequencies
    /// Whether `isCommonWord` reads the article alternation of general text (`EntityRules.articleAlternation`).
    var readsArticleAlternation = true
    /// Whether `placeSpelled(likeKey:)` finds anything (`EntityRules.placeSpellings`).
    var readsPlaceSpellings = true

    /// Knows nothing: names written by editors are cleaned without the model.
    static let none = WordKnowledge(isListedName: { _ in false }, isListedPlace: { _ in false }, isName: { _ in false }, isCommonInTraining: { _ in false },
                                    isKnownWord: { _ in false }, frequencies: .none)

    /// The gazetteer's place that a one-word name spells another way (`Gazetteer.place(spelledLike:)`), found only
    /// for a word general text does not have and the training text does not know as a common word, and that is
    /// not itself the gazetteer's (`شتوتجارت` → `شتوتغارت`). `key` is the word's matching key. The cheap tests come
    /// first: it is asked about many words of every article.
    func placeSpelled(likeKey key: String) -> Gazetteer.Place? {
        // Five Arabic letters are ten bytes; a space is byte 32.
        guard readsPlaceSpellings, key.utf8.count >= 10, !key.utf8.contains(32), !frequencies.isEmpty,
              let place = Gazetteer.place(spelledLike: key), frequencies.frequencyClass(ofKey: key) == nil,
              Gazetteer.place(forKey: key) == nil, !isCommonInTraining(Substring(key)) else { return nil }
        return place
    }

    /// Common in the training text, a possessed noun (`isPossessed`), or written by general text both with and
    /// without the article when neither form is a place of the gazetteer or the list of cities (`الأكسجين` is
    /// common; `النيبال`, `السلط` are not).
    /// The lists of people's names do not overrule general text: their family names include adjectives and nouns
    /// (`واسع`, `حديد`).
    func isCommonWord(_ word: Substring) -> Bool {
        if isCommonInTraining(word) || Self.isPossessed(word) { return true }
        guard readsArticleAlternation, let alternate = frequencies.articleAlternate(of: word) else { return false }
        return !isListedPlace(word) && Gazetteer.place(named: String(word)) == nil && Gazetteer.place(forKey: alternate) == nil
    }
}

extension WordKnowledge {
    /// Endings of a noun whose ة became ت before a possessive pronoun (`والدتها`, `حكومتهم`): a name is not
    /// possessed. `ـته` and `ـتنا` are left out, being also how names end (`سبته`, `إتنا`).
    private static let possessiveEndings: [[Unicode.Scalar]] = ["تها", "تهم", "تهما", "تهن", "تكم"].map { Array($0.unicodeScalars) }

    static func isPossessed(_ word: Substring) -> Bool {
        let scalars = word.unicodeScalars
        return possessiveEndings.contains { ending in
            scalars.count > ending.count + 1 && scalars.reversed().starts(with: ending.reversed())
        }
    }

    init(tagger: EntityTagger, frequencies: WordFrequencies) {
        let model = tagger.model
        isListedName = { word in model.nameWords.lists(ofKeyHash: NameWords.keyHash(of: word)) != nil }
        isListedPlace = { word in
            model.nameWords.lists(ofKeyHash: NameWords.keyHash(of: word)).map { $0 & NameWords.List.place.bit != 0 } == true
        }
        isName = { word in
            let hash = NameWords.keyHash(of: word)
            return model.nameWords.lists(ofKeyHash: hash) != nil
                || model.lexicon.entry(of: hash).map { $0.dominantTag != EntityTagSet.outside } == true
        }
        isCommonInTraining = { word in
            guard let entry = model.lexicon.entry(of: NameWords.keyHash(of: word)) else { return false }
            return entry.dominantTag == EntityTagSet.outside && entry.share >= 2 && entry.frequency >= 2
        }
        isKnownWord = { word in model.lexicon.entry(of: NameWords.keyHash(of: word)) != nil }
        self.frequencies = frequencies
    }
}
