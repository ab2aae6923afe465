import ArabicText

/// A family name shaped like an adjective of relation after a person's name of two words or more (`محمد شياع` +
/// `السوداني`, `عبد الكريم` + `الخطابي`): in the labelled text such a word is part of the name nearly nine times in
/// ten, a country's adjective included (`أحمد` … `المصري`), where the tagger, reading an adjective, ends the name
/// before it. Only a word written with the article (`ألماني` has none), and an adjective of a place or a word
/// general text does not use as a common word (not `الأسطوري`, `النادي`); not a plural, a descriptor (`السابق`), a
/// title or a calling (`الصحفي`, `الروائي`), nor an adjective no family is named by (`الدولي`,
/// `EntityVocabulary.otherNisbas`).
enum FamilyNisbas {
    static func extending(_ tags: [String], words: [Substring], keys: [String], knowledge: WordKnowledge) -> [String] {
        var tags = tags
        for index in tags.indices.dropFirst(2)
        where tags[index] == "O" && tags[index - 1] == "I-PERS"
            && isFamilyName(String(words[index]), key: keys[index], after: words[index - 1], knowledge: knowledge) {
            tags[index] = "I-PERS"
        }
        return tags
    }

    /// Whether the word, after two words of a person's name the last of which is `previous`, is their family name:
    /// `previous` must be a name too, not a common word the name swallowed (`كبلر كوكب المشتري`).
    static func isFamilyName(_ form: String, key: String, after previous: Substring, knowledge: WordKnowledge) -> Bool {
        (knowledge.isName(previous) || !knowledge.isCommonWord(previous))
            && form.hasPrefix("ال") && (key.hasSuffix("ي") || key.hasSuffix("يه")) && !key.hasSuffix("ويه") && NisbaAdjective.hasNisbaShape(form)
            && !EntityVocabulary.descriptors.contains(key) && !EntityVocabulary.titles.contains(key)
            && !EntityVocabulary.callings.contains(key) && !EntityVocabulary.otherNisbas.contains(key)
            && (NisbaAdjective.isPlaceDerived(form) || !knowledge.isCommonWord(Substring(form)))
    }
}
