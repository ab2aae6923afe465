import ArabicText

/// What the tagger's model knows of single words, for the rules that clean its names: whether a word is a
/// name (a name list has it, or the training text tagged it mostly inside names) and whether it is a common
/// word (seen often in the training text, nearly always outside names).
struct WordKnowledge: Sendable {
    /// A name list has the word as written. Only the lists decide about clitics: the training text tags
    /// `بغزة` as a place, clitic and all.
    let isListedName: @Sendable (Substring) -> Bool
    let isName: @Sendable (Substring) -> Bool
    let isCommonWord: @Sendable (Substring) -> Bool
    /// Whether the training text has the word at all.
    let isKnownWord: @Sendable (Substring) -> Bool

    /// Knows nothing: names written by editors are cleaned without the model.
    static let none = WordKnowledge(isListedName: { _ in false }, isName: { _ in false }, isCommonWord: { _ in false },
                                    isKnownWord: { _ in false })
}

extension WordKnowledge {
    init(tagger: EntityTagger) {
        let model = tagger.model
        isListedName = { word in model.nameWords.lists(ofKeyHash: NameWords.keyHash(of: word)) != nil }
        isName = { word in
            let hash = NameWords.keyHash(of: word)
            return model.nameWords.lists(ofKeyHash: hash) != nil
                || model.lexicon.entry(of: hash).map { $0.dominantTag != EntityTagSet.outside } == true
        }
        isCommonWord = { word in
            guard let entry = model.lexicon.entry(of: NameWords.keyHash(of: word)) else { return false }
            return entry.dominantTag == EntityTagSet.outside && entry.share >= 2 && entry.frequency >= 2
        }
        isKnownWord = { word in model.lexicon.entry(of: NameWords.keyHash(of: word)) != nil }
    }
}
