import ArabicText

/// The word right after `شركة` names a company where the tagger saw no name in it (`شركة تسلا`, `لشركة هواوي`),
/// unless it describes the company: a word with the article, a feminine or plural adjective or noun (`شركة ناشئة`,
/// `شركة كبرى`, `شركة مقاولات`), an adjective of origin (`شركة أمريكية`), or a word the training text has as a
/// common word (`شركة نفط`, `شركة طيران`).
enum CompanyNames {
    private static let descriptiveEndings = ["ة", "ى", "ات"].map { MatchingKey.of($0) }
    /// `شركة` behind any clitic, by `FeatureHash`: every word of every article is looked up.
    private static let headForms = HashIndex(forms: EntityVocabulary.companyHeadForms)

    /// `hashes` are the `FeatureHash` of `keys`.
    static func filling(_ tags: [String], words: [Substring], keys: [String], hashes: [UInt64], knowledge: WordKnowledge) -> [String] {
        var tags = tags
        for index in keys.indices.dropLast() where headForms.position(of: hashes[index]) != nil {
            let next = index + 1
            let word = words[next], key = keys[next]
            guard tags[next] == "O", word.count >= 2, word.allSatisfy(\.isLetter), !key.hasPrefix("ال"),
                  !descriptiveEndings.contains(where: key.hasSuffix), !NisbaAdjective.isPlaceDerived(String(word)),
                  !EntityVocabulary.functionWords.contains(key), !EntityVocabulary.isTrigger(key),
                  !knowledge.isCommonWord(word)
            else { continue }
            tags[next] = "B-ORG"
        }
        return tags
    }
}
