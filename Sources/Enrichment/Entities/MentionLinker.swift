import ArabicText

/// Joins the names of one article that stand for the same entity although their keys differ:
/// - a short form joins a longer name of the same type that ends with its words, and a person's single first
///   name joins a longer name that starts with it (`ترامب`, `دونالد` → `دونالد ترامب`); of places only a river,
///   valley or mountain named without its head (`اليرموك` → `نهر اليرموك`);
/// - a person's name followed by a lineage joins the name alone (`نجيب محفوظ بن عبد العزيز` → `نجيب محفوظ`);
/// - a name with and without the article joins its more frequent spelling (`هيمالايا` → `الهيمالايا`), and so
///   does another spelling of the same consonants (`الاتحاد السوفييتي`, `الاتحاد السوفيتي`; see `SpellingSkeleton`):
///   the same article naming both is the evidence. A person's single name is left alone (`محمد`, `محمود`);
/// - so does a misspelling of one of its words (`الانحاد السوفيتي`; `Misspellings`);
/// - a state's official name joins its common name (`المملكة الأردنية الهاشمية` → `الأردن`; `OfficialNames`),
///   and so does a place's other name (`أمريكا` → `الولايات المتحدة`, `أورشليم` → `القدس`).
/// Among several fitting names the most mentioned wins, then the first seen; chains are followed to their end.
/// Names the alias file decided never move.
enum MentionLinker {
    /// A class: the search below compares every pair, and a struct (a name and several lists) would be copied for
    /// each comparison.
    private final class Identity {
        let name: ResolvedName
        var mentions = 1
        let order: Int
        /// `SpellingSkeleton` of the name, made once. Nil for a person's single name, which never joins another
        /// spelling.
        let skeleton: [String]?
        /// For a place with an official name, the keys its common name could have (`OfficialNames`).
        let commonNames: [String]
        /// For a place's other name, the key of the common name it stands for (`أمريكا` → `الولايات المتحدة`).
        let otherNameOf: String?

        init(name: ResolvedName, order: Int, rules: EntityRules) {
            self.name = name
            self.order = order
            let hasSkeleton = rules.contains(.spellingVariants) && (name.identity.type != .person || name.wordKeys.count > 1)
            let isOfficial = rules.contains(.officialNames) && name.identity.type == .place
            skeleton = hasSkeleton ? SpellingSkeleton.of(name.wordKeys) : nil
            commonNames = isOfficial ? OfficialNames.commonNameKeys(of: name.wordKeys) : []
            otherNameOf = isOfficial ? OfficialNames.commonNameKey(ofOtherName: name.identity.key) : nil
        }
    }

    private struct Slot: Hashable {
        var type: EntityType
        var key: ByteKey
    }

    private static let article = "ال"
    private static let featureHeads = KeySet(["نهر", "وادي", "جبل"].map { MatchingKey.of($0) })

    /// `generalText` tells which of two misspelled words is the right spelling.
    static func linking(_ names: [ResolvedName], rules: EntityRules, generalText: WordFrequencies) -> [ResolvedName] {
        // Identities in first-seen order, found by slot.
        var identities: [Identity] = []
        var numbers: [Slot: Int] = [:]
        for (order, name) in names.enumerated() {
            let slot = Slot(type: name.identity.type, key: ByteKey(name.identity.key))
            if let number = numbers[slot] {
                identities[number].mentions += 1
            } else {
                numbers[slot] = identities.count
                identities.append(Identity(name: name, order: order, rules: rules))
            }
        }
        let targets = identities.map { short -> Int? in
            guard !short.name.isFixedByAliases else { return nil }
            var best: Int?
            for (number, full) in identities.enumerated() where full !== short && fits(short, into: full, rules: rules, generalText: generalText) {
                let isBetter = best.map { current in
                    full.mentions != identities[current].mentions ? full.mentions > identities[current].mentions : full.order < identities[current].order
                } ?? true
                if isBetter { best = number }
            }
            return best
        }
        return names.map { name in
            guard var number = numbers[Slot(type: name.identity.type, key: ByteKey(name.identity.key))] else { return name }
            var visited: Set<Int> = [number]
            while let next = targets[number], visited.insert(next).inserted { number = next }
            let target = identities[number]
            guard ByteKey(target.name.identity.key) != ByteKey(name.identity.key) else { return name }
            var linked = name
            linked.identity = target.name.identity
            linked.wordKeys = target.name.wordKeys
            return linked
        }
    }

    private static func fits(_ short: Identity, into full: Identity, rules: EntityRules, generalText: WordFrequencies) -> Bool {
        guard short.name.identity.type == full.name.identity.type else { return false }
        if short.commonNames.contains(full.name.identity.key) { return true }
        // The other name joins the common name, or the official name that has it (`الولايات المتحدة الأمريكية`).
        if let common = short.otherNameOf, full.name.identity.key == common || full.commonNames.contains(common) { return true }
        // Toward the more frequent spelling only, so two variants never point at each other.
        let isMoreFrequent = full.mentions > short.mentions || (full.mentions == short.mentions && full.order < short.order)
        let shortForms = rules.contains(.shortForms)
        if (shortForms && (isArticleVariant(short.name.identity.key, of: full.name.identity.key)
            || isArticleVariant(full.name.identity.key, of: short.name.identity.key)))
            || (short.skeleton != nil && short.skeleton == full.skeleton) {
            return isMoreFrequent
        }
        if rules.contains(.misspellings), short.name.identity.type != .person || short.name.wordKeys.count > 1,
           let (shortWord, fullWord) = Misspellings.slip(between: short.name.wordKeys, and: full.name.wordKeys) {
            let isShortKnown = generalText.frequencyClass(of: shortWord) != nil, isFullKnown = generalText.frequencyClass(of: fullWord) != nil
            return isShortKnown != isFullKnown ? isFullKnown : isMoreFrequent
        }
        let type = short.name.identity.type
        let words = short.name.wordKeys
        // A lineage joins the name it starts with when that name is a full one, a given name and a family name
        // (`نجيب محفوظ بن عبد العزيز` → `نجيب محفوظ`); after a given name alone it is the full name itself
        // (`محمد بن سلمان`, `عبد الله بن عبد العزيز`).
        if shortForms, type == .person, words.count > full.name.wordKeys.count + 1,
           CleanName.lineageLinks.contains(words[full.name.wordKeys.count]), words.starts(with: full.name.wordKeys),
           full.name.wordKeys.filter({ !CleanName.nameOpeners.contains($0) }).count >= 2 {
            return true
        }
        // A river, valley or mountain named without its head (`اليرموك` for `نهر اليرموك`), when the word alone is
        // not a place of its own (`الأردن`, `نهر الأردن`).
        if shortForms, type == .place, words.count == 1, full.name.wordKeys.count == 2, featureHeads.contains(full.name.wordKeys[0]),
           full.name.wordKeys[1] == words[0], Gazetteer.place(forKey: words[0]) == nil {
            return true
        }
        // An organization named again without its adjectives of origin (`البنك المركزي` after `البنك المركزي
        // المصري`); a name of one word may be another body (`الاتحاد` is also a club).
        if shortForms, type == .organization, words.count >= 2, full.name.wordKeys.count > words.count,
           full.name.wordKeys.starts(with: words), full.name.wordKeys.dropFirst(words.count).allSatisfy(NisbaAdjective.isPlaceDerived) {
            return true
        }
        guard shortForms, type != .place, full.name.wordKeys.count > words.count else { return false }
        // After بن the end of a name is the father's (`الحسين بن عبد الله الثاني` is not `عبد الله الثاني`).
        let precedingWord = full.name.wordKeys[full.name.wordKeys.count - words.count - 1]
        return (full.name.wordKeys.suffix(words.count).elementsEqual(words) && !CleanName.lineageLinks.contains(precedingWord))
            || (type == .person && words.count == 1 && full.name.wordKeys.first == words.first)
    }

    /// `key` is `other` with the article before it, compared on bytes without building the longer key.
    private static func isArticleVariant(_ key: String, of other: String) -> Bool {
        let bytes = key.utf8, otherBytes = other.utf8
        return bytes.count == otherBytes.count + article.utf8.count && bytes.starts(with: article.utf8)
            && bytes.dropFirst(article.utf8.count).elementsEqual(otherBytes)
    }
}
