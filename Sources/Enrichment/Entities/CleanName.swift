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
        words allWords: [Substring], type: EntityType, rules: EntityRules, knowledge: WordKnowledge,
        isKnownName: (String) -> Bool, isAttested: (String) -> Bool
    ) {
        guard let firstWord = allWords.firstIndex(where: Self.isWord),
              let lastWord = allWords.lastIndex(where: Self.isWord) else { return nil }
        let words = Array(allWords[firstWord...lastWord])
        let rest = words.dropFirst().map(String.init)
        // The first word's clitic may be proven by the whole name (`وكوريا الجنوبية`); a stem seen alone in the
        // article proves it only when it is long enough not to be a particle (`فان` is not و + `ان`).
        // General text proves a clitic too when it has the stem far more often than the whole word (`بأوربا`).
        // An acronym's first letter may carry و (`واتش ار دي`): the rest, keyed once, tells whether it is one.
        let restKeys = rules.contains(.spelledAcronyms) && !rest.isEmpty ? rest.map(MatchingKey.of) : []
        func isKnown(_ form: String, whole: Substring) -> Bool {
            isKnownName(form) || (!rest.isEmpty && isKnownName(([form] + rest).joined(separator: " ")))
                || (!restKeys.isEmpty && ForeignNameSpans.isSpelledAcronym([MatchingKey.of(form)] + restKeys))
                || (rules.contains(.cliticsByFrequency) && form.count >= Self.shortestAttestedStem
                    && knowledge.frequencies.prefersSplit(whole: whole, stem: form))
        }
        func isKnown(_ form: String) -> Bool { isKnown(form, whole: words[0]) }
        func hasEvidence(_ form: String) -> Bool { form.count >= Self.shortestAttestedStem && isAttested(form) }
        var split = Clitics.split(words[0], isKnownName: isKnown, isAttested: hasEvidence)
        // General text proves the whole word too: it has the word as written and never the rest (`والدتها`, not
        // و + `الدتها`), however much the spelling looks like a clitic before the article.
        if rules.contains(.cliticsByFrequency), split.standaloneForm != words[0],
           knowledge.frequencies.prefersWhole(words[0], over: split.standaloneForm), !isKnownName(split.standaloneForm) {
            split = CliticSplit(wholeWord: words[0])
        }
        // A club's or a known organization's name is known as written (`بايرن ميونخ`, `كتائب القسام`, whose ب and ك
        // general text would take for prepositions).
        if split.standaloneForm != words[0] {
            let written = ([String(words[0])] + rest).joined(separator: " ")
            if (rules.contains(.clubs) && ClubNames.isName(written))
                || (rules.contains(.knownOrganizations) && KnownOrganizations.keys.contains(MatchingKey.of(written))) {
                split = CliticSplit(wholeWord: words[0])
            }
        }
        // The spelling proves كـ before the article (`كالعادة`), but in a name the letters are far more often the
        // name's own (`كاليفورنيا`, `كالكوتا`): there only the name known without them proves the preposition.
        let isUnprovenKaf = rules.contains(.unprovenKaf) && split.preposition.map { MatchingKey.of($0) == "ك" } == true
            && !isKnown(split.standaloneForm) && !hasEvidence(split.standaloneForm)
        let firstForm = isUnprovenKaf ? String(words[0]) : split.standaloneForm
        var forms = [firstForm] + rest
        var keys = forms.map(MatchingKey.of)
        if type == .person, rules.contains(.honorifics) { Self.dropHonorifics(&forms, &keys) }
        if rules.contains(.nameBoundaries) {
            if type == .person { Self.dropAncestors(&forms, &keys) }
            if !(type == .person && rules.contains(.regnalNumbers) && RegnalNumbers.endsName(keys))
                && !(rules.contains(.spelledAcronyms) && ForeignNameSpans.isSpelledAcronym(keys)) {
                Self.dropTrailingWords(&forms, &keys, type: type, keepsFamilyNisbas: rules.contains(.familyNisbas), knowledge: knowledge)
            }
        }

        var start = !rules.contains(.titlesAndHeads) ? 0
            : type == .person ? Self.nameStartAfterTitles(forms, keys) : Self.nameStartAfterHead(forms, keys)
        if type == .person, start == 1, Self.isGivenNameBeforeName(forms, keys, knowledge: knowledge) { start = 0 }
        // A person's name does not open with a common noun (`أبحاث بويل`, `شاحنات هينو`). Words of two letters
        // are left alone: the name lists skip them, and a short foreign given name (`جو بايدن`) is also one.
        while rules.contains(.nameBoundaries), type == .person, start < forms.count - 1, keys[start].count > 2,
              knowledge.isCommonWord(Substring(forms[start])), !knowledge.isName(Substring(forms[start])) {
            start += 1
        }
        // Nor with a definite word before `عبد` or `أبو`, the complement of a word before the name (`زعيم جماعة الحوثي
        // عبد الملك الحوثي`); of the 91 labelled person names that open so, 88 open with a title or an epithet,
        // which goes anyway (`الأمير عبد القادر`).
        if rules.contains(.nameBoundaries), type == .person, start < forms.count - 2, keys[start].hasPrefix("ال"),
           Self.compoundOpeners.contains(keys[start + 1]) {
            start += 1
        }
        guard start < forms.count else { return nil }
        // The word after a title or head that went carries its own clitics (`جبال بأركان` → `أركان`).
        if start > 0, rules.contains(.cliticsAfterHeads) {
            let whole = words[start]
            forms[start] = Clitics.split(whole, isKnownName: { isKnown($0, whole: whole) }, isAttested: hasEvidence).standaloneForm
            keys[start] = MatchingKey.of(forms[start])
        }
        let kept = forms[start...]
        // Words that each only describe may together name a place (`المحيط الهندي`, a state's official name:
        // `المملكة المغربية`) or, after an institution's head, an organization (`المنتخب البرازيلي`).
        if kept.allSatisfy(Self.isDescriptive), Gazetteer.place(forKey: MatchingKey.of(kept.joined(separator: " "))) == nil,
           !(type == .place && rules.contains(.officialNames) && OfficialNames.isCountrysOfficialName(Array(keys[start...]))),
           !(type == .organization && kept.count > 1 && EntityVocabulary.institutionHeads.contains(keys[start])) {
            return nil
        }
        if type == .place, kept.count == 1, Gazetteer.place(named: kept[start]) == nil,
           NisbaAdjective.hasNisbaShape(kept[start]) { return nil }

        // The words kept, with whatever stood between them in the text (hyphens, spacing) collapsed.
        let head = forms[start]
        let tail = words[start].base[words[start].endIndex..<words[forms.count - 1].endIndex]
        var name = Substring(head + tail).collapsingWhitespace()
        var wordKeys = Array(keys[start...])
        if type == .person, rules.contains(.nameBoundaries), let bare = Self.withoutAccusativeEnding(name) {
            name = bare
            wordKeys[wordKeys.count - 1] = MatchingKey.of(String(bare.split(separator: " ").last ?? ""))
        }
        guard Self.hasTwoLetters(name) else { return nil }
        self.name = name
        self.wordKeys = wordKeys
    }

    /// A name in the accusative written with its ending, alef and tanween (`محمداً`, `زيدًا`): the name without
    /// it, nil for any other name. Only the written tanween proves the ending; a bare final alef may be the
    /// name's own (`مصطفى`, `هدى`, `رضا`).
    private static func withoutAccusativeEnding(_ name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 4 else { return nil }
        let ending = scalars.suffix(2).map(\.value)
        guard ending == [0x0627, 0x064B] || ending == [0x064B, 0x0627] else { return nil }
        var bare = String.UnicodeScalarView()
        bare.append(contentsOf: scalars.dropLast(2))
        return String(bare)
    }

    /// Words a name swallowed after its end: a function word (`شيفا هو`), a common word no list knows as a
    /// name (`هايدرارخس ثعبان`), a verb (`محمد ليعيش`), a word that describes a person (`السابق`), or words in
    /// another script (`بافاروتي Nessun`). Organizations and places are
    /// made of common words (`مجلس الأمن`, `قبة الصخرة`): for them only the training text's common words count.
    /// A word after a listed name stays (`البرت كوخ`): a given name is followed by a family name; so does the
    /// word after one that opens a compound name, whatever else it may be (`أبو طالب`, `عبد الناصر`, `ابن سينا`).
    private static func dropTrailingWords(_ forms: inout [String], _ keys: inout [String], type: EntityType,
                                          keepsFamilyNisbas: Bool, knowledge: WordKnowledge) {
        let isLatin = { (form: String) in form.unicodeScalars.first.map { $0.isASCII } == true }
        let script = isLatin(forms[0])
        func isSwallowed(_ form: String, key: String, after previous: String, previousKey: String) -> Bool {
            let word = Substring(form)
            if type == .person, nameOpeners.contains(previousKey) { return false }
            // `علي` in a person's name is the name Ali (`خالد علي`); the preposition is written `على`, though its key
            // is the same. Said without the model's knowledge, as the build cleans editors' names too.
            if EntityVocabulary.functionWords.contains(key) { return !(type == .person && form == "علي") }
            // A person is described after the name, not named (`آيفون الجديد`, `ترامب السابق`).
            if type == .person, key.hasPrefix("ال"), EntityVocabulary.descriptors.contains(key) { return true }
            guard type == .person, !knowledge.isName(word) else { return false }
            return knowledge.isCommonInTraining(word) || knowledge.frequencies.isVerbForm(word)
                || (knowledge.isCommonWord(word) && !knowledge.isListedName(Substring(previous)))
        }
        // A family name shaped like an adjective of relation after two words of a person's name stays (`محمد شياع
        // السوداني`).
        func isFamilyName(_ form: String, key: String) -> Bool {
            type == .person && keepsFamilyNisbas && forms.count >= 3
                && FamilyNisbas.isFamilyName(form, key: key, after: Substring(forms[forms.count - 2]), knowledge: knowledge)
        }
        while forms.count > 1, let last = forms.last, let key = keys.last, !isFamilyName(last, key: key),
              isLatin(last) != script || isSwallowed(last, key: key, after: forms[forms.count - 2], previousKey: keys[keys.count - 2]) {
            forms.removeLast()
            keys.removeLast()
        }
    }

    /// Words that open a compound name and need the word after them, as matching keys.
    static let nameOpeners: Set<String> = Set(["أبو", "أبي", "أبا", "أم", "ابن", "بن", "بنت", "عبد", "ذو", "ذي"].map { MatchingKey.of($0) })

    /// The openers of compound given names that no word of the name comes before (`عبد الملك`, `أبو محمد`).
    private static let compoundOpeners: Set<String> = Set(["عبد", "أبو"].map { MatchingKey.of($0) })

    /// The words that link a person to a parent in a lineage (`بن`, `بنت`, `ابن`), as matching keys.
    static let lineageLinks: Set<String> = ["بن", "بنت", "ابن"]

    /// A lineage names a person by the father, and the father by his: `عبد الله بن عبد المطلب بن هاشم …` is
    /// `عبد الله بن عبد المطلب`, the form by which the person is known; the ancestors after that go.
    private static func dropAncestors(_ forms: inout [String], _ keys: inout [String]) {
        let links = keys.indices.filter { $0 > 0 && lineageLinks.contains(keys[$0]) }
        guard links.count >= 2 else { return }
        forms.removeSubrange(links[1]...)
        keys.removeSubrange(links[1]...)
    }

    /// Honorifics after a name (`باشا`, `عليه السلام`), as matching keys of their words.
    private static let honorifics: [[String]] = ["باشا", "بك", "بيك", "أفندي", "عليه السلام", "عليها السلام", "رضي الله عنه",
                                                 "رضي الله عنها", "صلى الله عليه وسلم", "رحمه الله"]
        .map { $0.split(separator: " ").map { MatchingKey.of($0) } }

    /// Takes honorifics off the end of a person's name, as long as a word is left.
    private static func dropHonorifics(_ forms: inout [String], _ keys: inout [String]) {
        while let honorific = honorifics.first(where: { keys.count > $0.count && keys.suffix($0.count).elementsEqual($0) }) {
            forms.removeLast(honorific.count)
            keys.removeLast(honorific.count)
        }
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

    /// Whether a name the tagger began with such an office (`الرئيس التنفيذي للشركة أمين الناصر`, `الروائي أمين
    /// معلوف`) begins with the given name: the word after it is no complement of the office, as `عام`, `سر`,
    /// `الحزب` or a place are (`أمين عام الحزب`, `أمير قطر`).
    private static func isGivenNameBeforeName(_ forms: [String], _ keys: [String], knowledge: WordKnowledge) -> Bool {
        guard forms.count >= 2, EntityVocabulary.givenNameTitles.contains(keys[0]) else { return false }
        let next = keys[1]
        return !EntityVocabulary.titles.contains(next) && !EntityVocabulary.descriptors.contains(next)
            && Gazetteer.place(forKey: next) == nil && !knowledge.isListedPlace(Substring(forms[1]))
            && !NisbaAdjective.hasNisbaShape(forms[1]) && !knowledge.isCommonInTraining(Substring(forms[1]))
    }

    /// A generic head and the adjectives after it: `حركة حماس`, `العاصمة المصرية القاهرة`; `شبه` before an
    /// island's head goes with it (`شبه جزيرة سيناء` → `سيناء`, `شبه الجزيرة العربية` → `الجزيرة العربية`).
    /// `نهر` stays in a river's name (`نهر السين`, `نهر الأردن`) unless the gazetteer names the river alone
    /// (`نهر النيل` → `النيل`, the page the article's other mentions have).
    private static func nameStartAfterHead(_ forms: [String], _ keys: [String]) -> Int {
        if forms.count == 2, keys[0] == riverHead, Gazetteer.place(forKey: keys[1])?.kind == .region { return 1 }
        if forms.count > 2, keys[0] == peninsulaPrefix, islandHeads.contains(keys[1]) {
            return 1 + nameStartAfterHead(Array(forms.dropFirst()), Array(keys.dropFirst()))
        }
        // A company is named without `شركة` when its name is a name of its own (`شركة أبل` → `أبل`), not a
        // definite description (`شركة النفط الوطنية`).
        if forms.count > 1, EntityVocabulary.companyHeads.contains(keys[0]), !keys[1].hasPrefix("ال") { return 1 }
        // So is an agency known by its own name (`وكالة موديز` → `موديز`, `وكالة ناسا` → `ناسا`), unlike one named
        // by what it does (`وكالة الطاقة الذرية`).
        if forms.count > 1, keys[0] == agencyHead, KnownOrganizations.keys.contains(keys[1...].joined(separator: " ")) { return 1 }
        guard forms.count > 1, EntityVocabulary.genericHeads.contains(keys[0]) else { return 0 }
        var index = 1
        while index < forms.count - 1,
              NisbaAdjective.isPlaceDerived(forms[index]) || NisbaAdjective.hasNisbaShape(forms[index]) {
            index += 1
        }
        return index
    }

    private static let riverHead = MatchingKey.of("نهر")
    private static let peninsulaPrefix = MatchingKey.of("شبه")
    private static let agencyHead = MatchingKey.of("وكالة")
    private static let islandHeads: Set<String> = [MatchingKey.of("جزيرة"), MatchingKey.of("الجزيرة")]

    private static func isDescriptive(_ form: String) -> Bool {
        let key = MatchingKey.of(form)
        return EntityVocabulary.titles.contains(key) || EntityVocabulary.descriptors.contains(key)
            || EntityVocabulary.commonNouns.contains(key) || EntityVocabulary.genericHeads.contains(key)
            || (Gazetteer.place(forKey: key) == nil && NisbaAdjective.isPlaceDerived(form))
    }
}
