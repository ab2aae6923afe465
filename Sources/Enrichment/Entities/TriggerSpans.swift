import ArabicText

/// Spans the tagger left out but trigger words make plain, added only where every tag is `O`:
/// an institution head with its definite complement (`وزارة الخارجية المصرية` → ORG) and the name after a
/// title (`الدكتور خليل الحية` → PERS on `خليل الحية`). The model's own spans are never changed, and the
/// rules are narrow on purpose: a missed name costs less than a noisy entity page.
enum TriggerSpans {
    /// Longest institution complement and longest name taken after a trigger.
    private static let maximumComplement = 4
    private static let maximumName = 3

    /// `keys` are the matching keys of `words`.
    static func filling(_ tags: [String], words: [Substring], keys wordKeys: [String]) -> [String] {
        let keys = wordKeys.map(headKey)
        var tags = tags
        var index = 0
        while index < words.count {
            if let end = institutionEnd(from: index, words: words, keys: keys), isOutside(tags[index..<end]) {
                mark(&tags, index..<end, label: "ORG")
                index = end
            } else if let name = nameAfterTitle(at: index, words: words, keys: keys), isOutside(tags[name]) {
                mark(&tags, name, label: "PERS")
                index = name.upperBound
            } else {
                index += 1
            }
        }
        return tags
    }

    /// The key of a trigger word behind a conjunction or preposition (`لوزارة`, `والدكتور`, `للرئيس`) is the
    /// trigger's key; any other word keeps its own. Works on keys, so no word is split in the common case.
    private static func headKey(_ key: String) -> String {
        guard let first = key.unicodeScalars.first, cliticLetters.contains(first),
              !EntityVocabulary.isTrigger(key) else { return key }
        let letters = Array(key.unicodeScalars)
        let isConjunction = first == "\u{0648}" || first == "\u{0641}"
        var candidates = [String(String.UnicodeScalarView(letters.dropFirst()))]
        if isConjunction, letters.count > 1, cliticLetters.contains(letters[1]) {
            candidates.append(String(String.UnicodeScalarView(letters.dropFirst(2))))
        }
        // لل is ل + the article whose alef it elides: للرئيس → الرئيس.
        for skip in isConjunction ? [0, 1] : [0] where letters.dropFirst(skip).starts(with: ["\u{0644}", "\u{0644}"]) {
            candidates.append("\u{0627}" + String(String.UnicodeScalarView(letters.dropFirst(skip + 1))))
        }
        return candidates.first(where: EntityVocabulary.isTrigger) ?? key
    }

    /// First letters of the matching key that may be a proclitic: و ف ب ل ك.
    private static let cliticLetters: Set<Unicode.Scalar> = ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}"]

    private static func institutionEnd(from start: Int, words: [Substring], keys: [String]) -> Int? {
        guard EntityVocabulary.institutionHeads.contains(keys[start]) else { return nil }
        var end = start + 1
        while end < words.count, end - start <= maximumComplement, isComplementWord(words[end]) {
            end += 1
        }
        return end > start + 1 ? end : nil
    }

    /// A definite word that continues an institution's name: not a time word, relative pronoun, title or party.
    private static func isComplementWord(_ word: Substring) -> Bool {
        let key = MatchingKey.of(String(word))
        return key.hasPrefix("ال") && word.allSatisfy(\.isLetter) && !EntityVocabulary.complementBreakers.contains(key)
            && !EntityVocabulary.titles.contains(key) && !EntityVocabulary.commonNouns.contains(key)
    }

    /// After a title and the words that qualify it, two or three name-like words, then a boundary
    /// (punctuation, a function word or the end of the sentence).
    private static func nameAfterTitle(at start: Int, words: [Substring], keys: [String]) -> Range<Int>? {
        guard EntityVocabulary.personTriggers.contains(keys[start]) else { return nil }
        var takesComplement = EntityVocabulary.constructTitles.contains(keys[start])
        var index = start + 1
        while index < words.count, EntityVocabulary.titles.contains(keys[index]) {
            takesComplement = takesComplement || EntityVocabulary.constructTitles.contains(keys[index])
            index += 1
        }
        while index < words.count - 1, isQualifier(words[index], afterOffice: takesComplement) { index += 1 }
        let nameStart = index
        while index < words.count, index - nameStart < maximumName, isNameWord(words[index], first: index == nameStart) {
            index += 1
        }
        let isBounded = index == words.count || !words[index].allSatisfy(\.isLetter) || isFunctionWord(keys[index])
        return index - nameStart >= 2 && isBounded ? nameStart..<index : nil
    }

    /// Descriptors and adjectives of origin; after an office (`وزير`, `المتحدث باسم`) also its definite
    /// complement (`الخارجية`, `الحركة`).
    private static func isQualifier(_ word: Substring, afterOffice: Bool) -> Bool {
        let form = String(word)
        let key = MatchingKey.of(form)
        return EntityVocabulary.descriptors.contains(key) || NisbaAdjective.isPlaceDerived(form)
            || (afterOffice && (key.hasPrefix("ال") || key.hasPrefix("لل")))
    }

    /// Letters only; not a function word, title, descriptive word or known place; no clitic the spelling
    /// proves (`بالاتفاق`); the first word of a name is indefinite.
    private static func isNameWord(_ word: Substring, first: Bool) -> Bool {
        let form = String(word)
        let key = MatchingKey.of(form)
        guard key.count >= 2, word.allSatisfy(\.isLetter), !(first && key.hasPrefix("ال")) else { return false }
        let split = Clitics.split(word)
        return split.conjunction == nil && split.preposition == nil
            && !isFunctionWord(key) && !EntityVocabulary.isTrigger(key)
            && !EntityVocabulary.descriptors.contains(key) && !EntityVocabulary.commonNouns.contains(key)
            && !NisbaAdjective.isPlaceDerived(form) && Gazetteer.placesByKey[key] == nil
    }

    /// A function word, also behind the conjunction و or ف (`وهو`, `فقد`).
    private static func isFunctionWord(_ key: String) -> Bool {
        if EntityVocabulary.functionWords.contains(key) { return true }
        guard key.hasPrefix("\u{0648}") || key.hasPrefix("\u{0641}") else { return false }
        return EntityVocabulary.functionWords.contains(String(key.dropFirst()))
    }

    private static func isOutside(_ tags: ArraySlice<String>) -> Bool {
        tags.allSatisfy { $0 == "O" }
    }

    private static func mark(_ tags: inout [String], _ range: Range<Int>, label: String) {
        for position in range {
            tags[position] = (position == range.lowerBound ? "B-" : "I-") + label
        }
    }
}
