import ArabicText

/// Spans the tagger left out but trigger words make plain, added only where every tag is `O`:
/// an institution head with its definite complement (`وزارة الخارجية المصرية` → ORG) and the name after a
/// title (`الدكتور خليل الحية` → PERS on `خليل الحية`), a gazetteer name of several words (`شرم الشيخ` → LOC).
/// The model's own spans are only ever lengthened: an organization by an adjective of origin, a person after a
/// title to the whole name (`خليل` → `خليل الحية`), a place to the gazetteer name it starts (`آسيا` →
/// `آسيا الصغرى`), a place or organization by the institution named after it (`مكتبة` + `الإسكندرية`). The rules
/// are narrow on purpose: a missed name costs less than a noisy entity page.
enum TriggerSpans {
    /// Longest institution complement and longest name taken after a trigger.
    private static let maximumComplement = 6
    private static let maximumName = 3

    /// `keys` are the matching keys of `words`; `isVerb` tells a verb in the imperfect (`يستقبل`), which no name
    /// after a title starts with (`الرئيس الفلسطيني يستقبل وفدا`, a headline's subject and verb).
    static func filling(_ tags: [String], words: [Substring], keys wordKeys: [String], isVerb: (Substring) -> Bool) -> [String] {
        let strippedForms = wordKeys.map(cliticFreeForms)
        let ownRoles = wordKeys.map { roles(ofHash: FeatureHash.of($0)) }
        let strippedRoles = zip(strippedForms, wordKeys).map { forms, key in forms.map { roles(ofHash: $0.hash(of: key)) } }
        // The key of a trigger word behind a conjunction or preposition (`لوزارة`, `والدكتور`, `للرئيس`) is the
        // trigger's key; any other word keeps its own.
        var keys = wordKeys
        var headRoles = ownRoles
        for index in words.indices where ownRoles[index]?.isTrigger != true {
            if let form = strippedRoles[index].firstIndex(where: { $0?.isTrigger == true }) {
                keys[index] = strippedForms[index][form].text(of: wordKeys[index])
                headRoles[index] = strippedRoles[index][form]
            }
        }
        var tags = personsAfterDefiniteHeads(tags, keys: wordKeys)
        var index = 0
        while index < words.count {
            if let end = placeEnd(from: index, own: ownRoles[index], stripped: strippedRoles[index], keys: wordKeys),
               isOutside(tags[index..<end]) || (isCutShort(tags[index..<end], label: "LOC") && !continues(tags, at: end, label: "LOC")) {
                SpanTags.mark(&tags, index..<end, label: "LOC")
                index = end
            } else if headRoles[index]?.isInstitutionHead == true, tags[index] == "O", !keys[index].hasPrefix("ال"),
                      index + 1 < words.count, tags[index + 1] == "B-LOC" || tags[index + 1] == "B-ORG" {
                // An institution named after the place or body the tagger found (`مكتبة الإسكندرية`, `نادي برشلونة`):
                // the head stands in construct before it, without the article.
                let inside = "I-" + tags[index + 1].dropFirst(2)
                var end = index + 2
                while end < words.count, tags[end] == inside { end += 1 }
                SpanTags.mark(&tags, (headRoles[index]?.isMediaHead == true ? index + 1 : index)..<end, label: "ORG")
                index = end
            } else if headRoles[index]?.isMediaHead == true, index + 1 < words.count, isComplementWord(words[index + 1], key: wordKeys[index + 1]),
                      tags[index] == "O", tags[index + 1] == "O" {
                // A channel or a paper is named by one word (`قناة الجزيرة`); a definite word after it is the
                // sentence's object (`وبثت قناة الجزيرة الصور`).
                SpanTags.mark(&tags, (index + 1)..<(index + 2), label: "ORG")
                index += 2
            } else if headRoles[index]?.isInstitutionHead == true, let end = institutionEnd(from: index, words: words, keys: wordKeys),
                      isOutside(tags[index..<end - 1]) && (tags[end - 1] == "O" || isCountryAsAdjective(end - 1, tags: tags, words: words)) {
                SpanTags.mark(&tags, index..<end, label: "ORG")
                index = end
            } else if headRoles[index]?.isNationalBodyHead == true, let end = nationalBodyEnd(from: index, words: words, keys: wordKeys),
                      isOutside(tags[index..<end]) {
                SpanTags.mark(&tags, index..<end, label: "ORG")
                index = end
            } else if headRoles[index]?.isPersonTrigger == true,
                      let name = nameAfterTitle(at: index, words: words, keys: keys, wordKeys: wordKeys, isVerb: isVerb),
                      isOutside(tags[name]) || isFirstWordOnly(tags[name], label: "PERS")
                        || (isLastWordOnly(tags[name], label: "PERS") && !continues(tags, at: name.upperBound, label: "PERS")) {
                SpanTags.mark(&tags, name, label: "PERS")
                // The body the office is held in, between the title and the name (`رئيس مجلس النواب اللبناني نبيه بري`).
                if let body = (index + 1..<name.lowerBound).first(where: { headRoles[$0]?.isInstitutionHead == true }),
                   let end = institutionEnd(from: body, words: words, keys: wordKeys), end <= name.lowerBound, isOutside(tags[body..<end]) {
                    SpanTags.mark(&tags, body..<end, label: "ORG")
                }
                index = name.upperBound
            } else {
                index += 1
            }
        }
        extendOrganizations(&tags, words: words, keys: keys)
        joinSurnamesTakenForPlaces(&tags, words: words, keys: wordKeys, strippedForms: strippedForms)
        splitPlacesAfterOffices(&tags, keys: keys)
        return tags
    }

    /// An office in construct names its place before the holder's name (`محافظ نينوى عبد القادر الدخيل`,
    /// `سفير مصر أحمد …`): a person's span of three words or more that opens, after such an office, on a gazetteer
    /// place, or on any word after an office held over a place (a governor's, an ambassador's), is that place and the
    /// person after it.
    private static func splitPlacesAfterOffices(_ tags: inout [String], keys: [String]) {
        for index in keys.indices.dropFirst() where tags[index] == "B-PERS" && EntityVocabulary.constructTitles.contains(keys[index - 1]) {
            guard index + 2 < keys.count, tags[index + 1] == "I-PERS", tags[index + 2] == "I-PERS",
                  Gazetteer.place(forKey: keys[index]) != nil || placeOffices.contains(keys[index - 1])
            else { continue }
            tags[index] = "B-LOC"
            tags[index + 1] = "B-PERS"
        }
    }

    /// Offices whose complement is the place they are held over.
    private static let placeOffices = KeySet(["محافظ", "سفير"].map { MatchingKey.of($0) })

    /// A person's name of two words or more followed straight away, with no preposition, by one word the tagger took
    /// for a place that no gazetteer knows goes on with that word: it is the family name (`علي يرلي` + `كايا`), since
    /// news names a place after a person only behind a preposition or a comma.
    /// `strippedForms` are the words' `cliticFreeForms`: a gazetteer place behind a clitic its spelling does not
    /// prove (`لأمريكا`) is a place too.
    private static func joinSurnamesTakenForPlaces(_ tags: inout [String], words: [Substring], keys: [String],
                                                   strippedForms: [[CliticFreeForm]]) {
        for index in words.indices.dropFirst(2) where tags[index] == "B-LOC" && tags[index - 1] == "I-PERS" {
            let key = keys[index]
            guard index + 1 == words.count || tags[index + 1] != "I-LOC", words[index].allSatisfy(\.isLetter),
                  !key.hasPrefix("ال"), Clitics.split(words[index]).preposition == nil, Gazetteer.place(forKey: key) == nil,
                  !strippedForms[index].contains(where: { Gazetteer.place(forKey: $0.text(of: key)) != nil })
            else { continue }
            tags[index] = "I-PERS"
        }
    }

    /// The forms of a key without a leading conjunction and/or preposition, with the article that لل
    /// elides written back (`وللرئيس` → `لرئيس`, `الرئيس`); none for the many words that start with no
    /// clitic letter. Forms are looked up by hash, and a string is made only for a trigger found so.
    private static func cliticFreeForms(_ key: String) -> [CliticFreeForm] {
        let letters = key.unicodeScalars
        guard let first = letters.first, isCliticLetter(first) else { return [] }
        let isConjunction = first == "\u{0648}" || first == "\u{0641}"
        var forms = [CliticFreeForm(dropped: 1, restoresArticle: false)]
        if isConjunction, let second = letters.dropFirst().first, isCliticLetter(second) {
            forms.append(CliticFreeForm(dropped: 2, restoresArticle: false))
        }
        for skip in isConjunction ? [0, 1] : [0] where letters.dropFirst(skip).starts(with: ["\u{0644}", "\u{0644}"]) {
            forms.append(CliticFreeForm(dropped: skip + 1, restoresArticle: true))
        }
        return forms
    }

    /// A key without its first `dropped` letters, after an alef when `restoresArticle`.
    private struct CliticFreeForm {
        var dropped: Int
        var restoresArticle: Bool

        private var prefix: String { restoresArticle ? "\u{0627}" : "" }

        func text(of key: String) -> String {
            prefix + String(Substring(key.unicodeScalars.dropFirst(dropped)))
        }

        /// `FeatureHash.of(text(of: key))`, without making the string.
        func hash(of key: String) -> UInt64 {
            FeatureHash.of(prefix, Substring(key.unicodeScalars.dropFirst(dropped)))
        }
    }

    /// First letters of the matching key that may be a proclitic: و ف ب ل ك.
    private static func isCliticLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}": true
        default: false
        }
    }

    /// Gazetteer names of two words or more, by the key of their first word, longest first. One-word names are
    /// left to the tagger: many are also common words (`صور`, `جدة`, `مالي`).
    private static let multiWordPlaces: [ByteKey: [[String]]] = Dictionary(
        grouping: Gazetteer.places.map { $0.name.split(separator: " ").map { MatchingKey.of($0) } }.filter { $0.count > 1 },
        by: { ByteKey($0[0]) }
    ).mapValues { $0.sorted { $0.count > $1.count } }

    /// What a key is to the rules here, found with one lookup instead of one per word list.
    private struct Roles {
        var isTrigger = false
        var isInstitutionHead = false
        var isPersonTrigger = false
        var isNationalBodyHead = false
        var isMediaHead = false
        /// `multiWordPlaces` that start with the key.
        var places: [[String]] = []
    }

    /// The roles of the keys that have one, found by the hash of the key's bytes: every word of every
    /// article is looked up, nearly always in vain, and this needs neither a `ByteKey` nor `Hasher`.
    private static let roleTable: (index: HashIndex, roles: [Roles]) = {
        var index = HashIndex(capacity: 1_024)
        var roles: [Roles] = []
        func update(_ key: ByteKey, _ change: (inout Roles) -> Void) {
            let position = index.insert(FeatureHash.of(key.text))
            if position == roles.count { roles.append(Roles()) }
            change(&roles[position])
        }
        for key in EntityVocabulary.triggers.members { update(key) { $0.isTrigger = true } }
        for key in EntityVocabulary.institutionHeads.members { update(key) { $0.isInstitutionHead = true } }
        for key in EntityVocabulary.personTriggers.members { update(key) { $0.isPersonTrigger = true } }
        for key in EntityVocabulary.nationalBodyHeads.members { update(key) { $0.isNationalBodyHead = true } }
        for key in EntityVocabulary.mediaHeads.members { update(key) { $0.isMediaHead = true } }
        for (key, places) in multiWordPlaces { update(key) { $0.places = places } }
        return (index, roles)
    }()

    /// The roles of the key whose `FeatureHash` is `hash`.
    private static func roles(ofHash hash: UInt64) -> Roles? {
        roleTable.index.position(of: hash).map { roleTable.roles[$0] }
    }

    /// `own` and `stripped` are the roles of the word at `start` and of its clitic-free forms.
    private static func placeEnd(from start: Int, own: Roles?, stripped: [Roles?], keys: [String]) -> Int? {
        func end(_ roles: Roles?) -> Int? {
            roles?.places.first { keys[(start + 1)...].starts(with: $0.dropFirst()) }.map { start + $0.count }
        }
        return end(own) ?? stripped.lazy.compactMap(end).first
    }

    /// An organization the tagger ended too early gets the rest of its name back, when it starts with an
    /// institution head or the article: its adjective of origin (`البنك المركزي` + `المصري`; `حماس الفلسطينية`
    /// stays `حماس`), or the complement of a word behind ل (`الاتحاد القومي لكرة` + `السلة`) or of a coordination
    /// (`للتربية` + `والتعليم`). A name of one word other than a head is whole without an adjective: after a
    /// club's name the adjective is the club's country or the next person's (`للأهلي السويسري مارسيل كولر`).
    private static func extendOrganizations(_ tags: inout [String], words: [Substring], keys: [String]) {
        var spanStart: Int?
        for index in words.indices {
            switch tags[index] {
            case "B-ORG": spanStart = index
            case "I-ORG": break
            case "O":
                let opensWithHead = spanStart.map { EntityVocabulary.institutionHeads.contains(keys[$0]) } ?? false
                guard let start = spanStart,
                      keys[start].hasPrefix("ال") || keys[start].hasPrefix("لل") || opensWithHead,
                      isComplement(at: index, words: words, keys: keys)
                        || (isNisba(at: index, words: words, keys: keys) && (index - start > 1 || opensWithHead))
                        || (opensWithHead && index - start > 1 && isCoordinatedComplement(at: index, words: words, keys: keys))
                else {
                    spanStart = nil
                    continue
                }
                tags[index] = "I-ORG"
            default: spanStart = nil
            }
        }
    }

    private static func isNisbaOrComplement(at index: Int, words: [Substring], keys: [String]) -> Bool {
        isNisba(at: index, words: words, keys: keys) || isComplement(at: index, words: words, keys: keys)
    }

    private static func isNisba(at index: Int, words: [Substring], keys: [String]) -> Bool {
        keys[index].hasPrefix("ال") && NisbaAdjective.isPlaceDerived(String(words[index]))
    }

    /// The word at `index` completes a word behind ل, is coordinated with a word behind لل, or names a sport.
    private static func isComplement(at index: Int, words: [Substring], keys: [String]) -> Bool {
        guard index > 0 else { return false }
        let previous = keys[index - 1]
        let isCoordinated = keys[index].hasPrefix("وال") && (previous.hasPrefix("لل") || previous.hasPrefix("وال"))
        let completesPreposition = previous.hasPrefix("ل") && !previous.hasPrefix("لل") && !previous.hasPrefix("ال")
            && isComplementWord(words[index], key: keys[index])
        return (isCoordinated && words[index].allSatisfy(\.isLetter)) || completesPreposition
            || sportsAfterPreposition.contains(keys[index])
    }

    /// A definite word coordinated with the definite complement before it (`حزب العدالة` + `والتنمية`, `وزارة الصحة`
    /// + `والسكان`); only after an institution's head, for two bodies named side by side are two (`الأهلي والزمالك`).
    private static func isCoordinatedComplement(at index: Int, words: [Substring], keys: [String]) -> Bool {
        keys[index].hasPrefix("وال") && keys[index - 1].hasPrefix("ال") && words[index].allSatisfy(\.isLetter)
            && isComplementWord(words[index].dropFirst(), key: String(keys[index].dropFirst()))
    }

    /// The last word of an institution's complement tagged alone as a place where it is the adjective the country
    /// is named by (`وكالة الأنباء السعودية`, `الخطوط الجوية القطرية`).
    private static func isCountryAsAdjective(_ index: Int, tags: [String], words: [Substring]) -> Bool {
        tags[index] == "B-LOC" && (index + 1 == tags.count || tags[index + 1] != "I-LOC") && index > 0 && tags[index - 1] == "O"
            && NisbaAdjective.hasNisbaShape(String(words[index]))
    }

    /// A definite head cannot stand in construct before a name, so a span the tagger made of one and the indefinite
    /// words after it (`للمنظمة تيدروس أدهانوم غيبريسوس`, "for the organization, Tedros …") is the head, which
    /// points back to a body named earlier, and a person of two words or more in apposition to it; a single Arabic
    /// word after the head is no name at all (`وأوصت المنظمة كبار السن`, the verb's object).
    private static func personsAfterDefiniteHeads(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        for start in keys.indices.dropLast() where tags[start] == "B-ORG" && EntityVocabulary.definiteHeadForms.contains(keys[start]) {
            var end = start + 1
            while end < keys.count, tags[end] == "I-ORG", !keys[end].hasPrefix("ال") { end += 1 }
            guard end - start >= 2, end == keys.count || tags[end] != "I-ORG" else { continue }
            if end - start >= 3 {
                tags[start] = "O"
                SpanTags.mark(&tags, (start + 1)..<end, label: "PERS")
            } else if keys[start + 1].unicodeScalars.allSatisfy({ WritingScript.of($0) == .arabic }) {
                tags[start] = "O"
                tags[start + 1] = "O"
            }
        }
        return tags
    }

    /// A sport behind ل names what a federation or league is of (`الاتحاد الدولي لكرة القدم`), unlike the many
    /// words of purpose behind ل (`لتحقيق`).
    private static let sportsAfterPreposition = KeySet(["لكرة", "لألعاب", "لرياضة", "لسباق"].map { MatchingKey.of($0) })

    /// The word at `start` is an institution head; `keys` are the matching keys of `words`. Its complement:
    /// definite words (`وزارة الخارجية`), a word behind لل and those coordinated with it (`للتربية والتعليم`), a
    /// sport behind ل (`لكرة`).
    /// A word behind ل is too often a purpose (`البنك التجاري لتحقيق النجاح`) to be taken where the tagger saw
    /// nothing. After an adjective a definite word continues the name only as another adjective
    /// (`البنك المركزي المصري`; `المنتخب المغربي` + `المباراة`, `البنك المركزي` + `الفائدة`).
    private static func institutionEnd(from start: Int, words: [Substring], keys: [String]) -> Int? {
        // A head with the article stands in construct before no noun: only adjectives follow it (`الاتحاد الأوروبي`;
        // in `يحتل الاتحاد المركز الثالث` the club is the subject and the place the object).
        if start + 1 < words.count, EntityVocabulary.definiteHeadForms.contains(keys[start]), !NisbaAdjective.hasNisbaShape(String(words[start + 1])) {
            return nil
        }
        var end = start + 1
        while end < words.count, end - start <= maximumComplement {
            if end > start + 1, NisbaAdjective.hasNisbaShape(String(words[end - 1])), keys[end].hasPrefix("ال"),
               !NisbaAdjective.hasNisbaShape(String(words[end])) {
                break
            }
            if isComplementWord(words[end], key: keys[end]) || (end > start + 1 && isNisbaOrComplement(at: end, words: words, keys: keys)) {
                end += 1
            } else if end > start + 1, keys[end].hasPrefix("لل") || sportsAfterPreposition.contains(keys[end]),
                      words[end].allSatisfy(\.isLetter) {
                end += 1
            } else {
                break
            }
        }
        return end > start + 1 ? end : nil
    }

    /// The end of a body's name after its head at `start` (`EntityVocabulary.nationalBodyHeads`): its definite
    /// adjectives (`الوطنية الفلسطينية`), one of which names a place; nil when none does.
    private static func nationalBodyEnd(from start: Int, words: [Substring], keys: [String]) -> Int? {
        var end = start + 1
        var namesPlace = false
        while end < words.count, end - start <= 3, keys[end].hasPrefix("ال"), NisbaAdjective.hasNisbaShape(String(words[end])) {
            namesPlace = namesPlace || NisbaAdjective.isPlaceDerived(String(words[end]))
            end += 1
        }
        return namesPlace ? end : nil
    }

    /// A definite word that continues an institution's name: not a time word, relative pronoun, title or party.
    private static func isComplementWord(_ word: Substring, key: String) -> Bool {
        key.hasPrefix("ال") && key.count > 3 && word.allSatisfy(\.isLetter) && !EntityVocabulary.complementBreakers.contains(key)
            && !EntityVocabulary.titles.contains(key) && !EntityVocabulary.commonNouns.contains(key)
    }

    /// After a title (the person trigger at `start`) and the words that qualify it, two or three name-like
    /// words, then a boundary (punctuation, a function word or the end of the sentence). `keys` are those of
    /// `filling` (a trigger behind a clitic keyed as the trigger), `wordKeys` the words' own.
    private static func nameAfterTitle(at start: Int, words: [Substring], keys: [String], wordKeys: [String],
                                       isVerb: (Substring) -> Bool) -> Range<Int>? {
        var takesComplement = EntityVocabulary.constructTitles.contains(keys[start])
        var index = start + 1
        // An office that is also a given name opens the name after a title that takes no complement
        // (`المستشار أمين حطيط`, not `نائب أمير منطقة الرياض`).
        func opensName(_ index: Int) -> Bool {
            !takesComplement && EntityVocabulary.givenNameTitles.contains(keys[index]) && index + 1 < words.count
                && isNameWord(words[index + 1], key: wordKeys[index + 1], first: true)
        }
        while index < words.count, EntityVocabulary.titles.contains(keys[index]), !opensName(index) {
            takesComplement = takesComplement || EntityVocabulary.constructTitles.contains(keys[index])
            index += 1
        }
        if takesComplement, index + 1 < words.count, !wordKeys[index].hasPrefix("ال"), words[index].allSatisfy(\.isLetter) {
            // The body or the place an office is held over, in construct (`رئيس مجلس النواب`, `رئيس بلدية إسطنبول`,
            // `رئيس وزراء إسرائيل`, `أمير قطر`): an institution's head, a place, or any noun before a place.
            if Gazetteer.place(forKey: wordKeys[index + 1]) != nil {
                index += 2
            } else if EntityVocabulary.institutionHeads.contains(wordKeys[index]) || Gazetteer.place(forKey: wordKeys[index]) != nil {
                index += 1
            }
        }
        while index < words.count - 1, isQualifier(words[index], key: wordKeys[index], afterOffice: takesComplement) { index += 1 }
        let nameStart = index
        let givenNameTitle = index < words.count && opensName(index)
        while index < words.count, index - nameStart < maximumName,
              (index == nameStart && givenNameTitle) || isNameWord(words[index], key: wordKeys[index], first: index == nameStart),
              !isVerb(words[index]) {
            index += 1
        }
        let isBounded = index == words.count || !words[index].allSatisfy(\.isLetter) || isFunctionWord(keys[index])
        return index - nameStart >= 2 && isBounded ? nameStart..<index : nil
    }

    /// Descriptors and adjectives of origin; after an office (`وزير`, `المتحدث باسم`) also its definite
    /// complement (`الخارجية`, `الحركة`).
    private static func isQualifier(_ word: Substring, key: String, afterOffice: Bool) -> Bool {
        let form = String(word)
        return EntityVocabulary.descriptors.contains(key) || NisbaAdjective.isPlaceDerived(form)
            || (afterOffice && (key.hasPrefix("ال") || key.hasPrefix("لل")))
    }

    /// Letters only; not a function word, title, descriptive word or known place; no clitic the spelling
    /// proves (`بالاتفاق`); the first word of a name is indefinite.
    private static func isNameWord(_ word: Substring, key: String, first: Bool) -> Bool {
        let form = String(word)
        guard key.count >= 2, word.allSatisfy(\.isLetter), !(first && key.hasPrefix("ال")) else { return false }
        let split = Clitics.split(word)
        return split.conjunction == nil && split.preposition == nil
            && !isFunctionWord(key) && !EntityVocabulary.isTrigger(key)
            && !EntityVocabulary.descriptors.contains(key) && !EntityVocabulary.commonNouns.contains(key)
            && !NisbaAdjective.isPlaceDerived(form) && Gazetteer.place(forKey: key) == nil
    }

    /// A function word, also behind the conjunction و or ف (`وهو`, `فقد`).
    private static func isFunctionWord(_ key: String) -> Bool {
        if EntityVocabulary.functionWords.contains(key) { return true }
        guard key.hasPrefix("\u{0648}") || key.hasPrefix("\u{0641}") else { return false }
        return EntityVocabulary.functionWords.contains(String(key.dropFirst()))
    }

    /// The tagger's span of type `label` starts the name but stops inside it (`خليل` of `الدكتور خليل الحية`,
    /// `آسيا` of `آسيا الصغرى`).
    private static func isCutShort(_ tags: ArraySlice<String>, label: String) -> Bool {
        tags.first == "B-" + label && tags.dropFirst().allSatisfy { $0 == "I-" + label || $0 == "O" } && tags.contains("O")
    }

    /// The tagger's span of type `label` is the name's first word alone (`خليل` of `الدكتور خليل الحية`); a name it
    /// took two words of it ended on purpose (`سلفان شالوم` in `كشف … سلفان شالوم النقاب عن`).
    private static func isFirstWordOnly(_ tags: ArraySlice<String>, label: String) -> Bool {
        tags.first == "B-" + label && tags.dropFirst().allSatisfy { $0 == "O" }
    }

    /// The tagger's span of type `label` is the name's last word alone (`عاشور` of `لاعب الوسط إمام عاشور`): the
    /// given name before it is also a common word (`إمام`, `أمين`), which the tagger left out.
    private static func isLastWordOnly(_ tags: ArraySlice<String>, label: String) -> Bool {
        tags.last == "B-" + label && tags.dropLast().allSatisfy { $0 == "O" }
    }

    /// The span of type `label` goes on at `position` (so a name ending before it would cut it).
    private static func continues(_ tags: [String], at position: Int, label: String) -> Bool {
        position < tags.count && tags[position] == "I-" + label
    }

    private static func isOutside(_ tags: ArraySlice<String>) -> Bool {
        tags.allSatisfy { $0 == "O" }
    }
}
