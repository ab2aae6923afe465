import ArabicText

/// A name with its clitics, titles and generic heads removed.
struct CleanName: Sendable, Hashable {
    private static let shortestAttestedStem = 3

    /// The written form that is left, whitespace collapsed.
    var name: String
    /// Matching keys of its words, for linking short forms to full names.
    var wordKeys: [String]

    var key: String { MatchingKey.of(name) }

    /// Cleans the words of one mention, all slices of one text. `isKnownName` and `isAttested` (see
    /// `Clitics.split`) decide whether a leading ب ل ك و ف is a clitic.
    /// Nil when nothing nameworthy is left: only titles, adjectives or common nouns.
    init?(
        words allWords: [Substring], type: EntityType,
        isKnownName: (String) -> Bool, isAttested: (String) -> Bool
    ) {
        guard let firstWord = allWords.firstIndex(where: Self.isWord),
              let lastWord = allWords.lastIndex(where: Self.isWord) else { return nil }
        let words = Array(allWords[firstWord...lastWord])
        let rest = words.dropFirst().map(String.init)
        // The first word's clitic may be proven by the whole name (`وكوريا الجنوبية`); a stem seen alone in the
        // article proves it only when it is long enough not to be a particle (`فان` is not و + `ان`).
        let firstForm = Clitics.split(
            words[0],
            isKnownName: { isKnownName($0) || (!rest.isEmpty && isKnownName(([$0] + rest).joined(separator: " "))) },
            isAttested: { $0.count >= Self.shortestAttestedStem && isAttested($0) }
        ).standaloneForm
        let forms = [firstForm] + rest
        let keys = forms.map(MatchingKey.of)

        let start = type == .person ? Self.nameStartAfterTitles(forms, keys) : Self.nameStartAfterHead(forms, keys)
        guard start < forms.count else { return nil }
        let kept = forms[start...]
        if kept.allSatisfy(Self.isDescriptive) { return nil }
        if type == .place, kept.count == 1, Gazetteer.place(named: kept[start]) == nil,
           NisbaAdjective.hasNisbaShape(kept[start]) { return nil }

        // The words kept, with whatever stood between them in the text (hyphens, spacing) collapsed.
        let head = start == 0 ? firstForm : String(words[start])
        let tail = words[start].base[words[start].endIndex..<words[words.count - 1].endIndex]
        let name = Substring(head + tail).collapsingWhitespace()
        guard Self.hasTwoLetters(name) else { return nil }
        self.name = name
        self.wordKeys = Array(keys[start...])
    }

    private static func hasTwoLetters(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if letters == 2 { return true }
        }
        return false
    }

    private static func isWord(_ word: Substring) -> Bool {
        word.unicodeScalars.first?.properties.isAlphabetic == true
    }

    /// Titles, the adjectives that qualify them and, after an office such as `وزير`, its definite complement:
    /// `الرئيس الأمريكي دونالد ترامب`, `وزير الخارجية المصري سامح شكري`. The last word always stays unless it
    /// is clearly descriptive, so `الرئيس السيسي` keeps `السيسي`.
    private static func nameStartAfterTitles(_ forms: [String], _ keys: [String]) -> Int {
        var index = 0
        while index < forms.count, EntityVocabulary.titles.contains(keys[index]) {
            let takesComplement = EntityVocabulary.constructTitles.contains(keys[index])
            index += 1
            while index < forms.count {
                let isLast = index == forms.count - 1
                let key = keys[index]
                let qualifies = EntityVocabulary.descriptors.contains(key) || NisbaAdjective.isPlaceDerived(forms[index])
                let mayQualify = NisbaAdjective.hasNisbaShape(forms[index])
                    || (takesComplement && (key.hasPrefix("ال") || key.hasPrefix("لل")))
                guard qualifies || (mayQualify && !isLast) else { break }
                index += 1
            }
        }
        return index
    }

    /// A generic head and the adjectives after it: `حركة حماس`, `العاصمة المصرية القاهرة`.
    private static func nameStartAfterHead(_ forms: [String], _ keys: [String]) -> Int {
        guard forms.count > 1, EntityVocabulary.genericHeads.contains(keys[0]) else { return 0 }
        var index = 1
        while index < forms.count - 1,
              NisbaAdjective.isPlaceDerived(forms[index]) || NisbaAdjective.hasNisbaShape(forms[index]) {
            index += 1
        }
        return index
    }

    private static func isDescriptive(_ form: String) -> Bool {
        let key = MatchingKey.of(form)
        return EntityVocabulary.titles.contains(key) || EntityVocabulary.descriptors.contains(key)
            || EntityVocabulary.commonNouns.contains(key) || EntityVocabulary.genericHeads.contains(key)
            || (Gazetteer.place(forKey: key) == nil && NisbaAdjective.isPlaceDerived(form))
    }
}
