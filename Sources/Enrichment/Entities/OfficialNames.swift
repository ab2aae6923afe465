import ArabicText

/// A state's official name and its common name are one place: `المملكة الأردنية الهاشمية` is `الأردن`,
/// `جمهورية الصين الشعبية` is `الصين`, `الولايات المتحدة الأمريكية` is `الولايات المتحدة`. An official name opens
/// with a state head (`جمهورية`, `المملكة` …) or names a union (`المتحدة`); what the common name leaves out of it
/// is the head and adjectives of relation (`العربية`, `الهاشمية`, `الشعبية`), never a direction (`القدس الشرقية`,
/// `كوريا الشمالية` are other places), and an adjective of relation may stand for the place it derives from
/// (`الأردنية` → `الأردن`). Without a head or a union nothing is left out: `أمريكا اللاتينية` and `الهند الصينية`
/// are not `أمريكا` and `الهند`.
enum OfficialNames {
    private static let stateHeads = KeySet("""
        جمهورية الجمهورية مملكة المملكة دولة سلطنة السلطنة إمارة الإمارة
        """.split(separator: " ").map { MatchingKey.of($0) })
    private static let union = MatchingKey.of("المتحدة")
    private static let directions = KeySet("""
        الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي
        """.split(separator: " ").map { MatchingKey.of($0) })
    private static let article = "ال"
    private static let nisbaEndings = ["يه", "ي"]

    /// The keys the common name of a place named `wordKeys` could have, the longest first; empty when the name is
    /// no official name. Callers take the first that names a place they know.
    static func commonNameKeys(of wordKeys: [String]) -> [String] {
        let hasHead = wordKeys.count > 1 && stateHeads.contains(wordKeys[0])
        guard hasHead || wordKeys.contains(union) else { return [] }
        let rest = hasHead ? Array(wordKeys.dropFirst()) : wordKeys
        let adjectives = rest.indices.filter { isOfficialAdjective(rest[$0]) }
        guard adjectives.count <= 4 else { return [] }
        var candidates: [[String]] = []
        // Every choice of adjectives to leave out; without a head at least one goes.
        for choice in 0 ..< (1 << adjectives.count) where hasHead || choice != 0 {
            let dropped = Set(adjectives.indices.filter { choice & (1 << $0) != 0 }.map { adjectives[$0] })
            let kept = rest.indices.filter { !dropped.contains($0) }.map { rest[$0] }
            if !kept.isEmpty { candidates.append(kept) }
        }
        let keys = candidates.sorted { $0.count > $1.count }.flatMap { words -> [String] in
            let key = words.joined(separator: " ")
            return words.count == 1 ? [key] + placeKeys(derivedFrom: words[0]) : [key]
        }
        var seen = Set<String>()
        return keys.filter { $0 != wordKeys.joined(separator: " ") && seen.insert($0).inserted }
    }

    /// Places that text also calls by a name their official name does not hold: a state's colloquial name
    /// (`أمريكا` for `الولايات المتحدة الأمريكية`, `بريطانيا` for `المملكة المتحدة`), a city's or region's
    /// historical one (`أورشليم`, `بيت المقدس` for `القدس`) or a city's honorific (`مكة المكرمة`), by key, with the
    /// key of the common name. The other name joins the common one only where the same article has both: an
    /// article that says `أمريكا` alone may mean the continent, one that says `أورشليم` alone the ancient city.
    private static let otherNames: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("أمريكا", "الولايات المتحدة"), ("أميركا", "الولايات المتحدة"), ("بريطانيا", "المملكة المتحدة"),
        ("أورشليم", "القدس"), ("بيت المقدس", "القدس"), ("إيلياء", "القدس"), ("أورسالم", "القدس"),
        ("بلاد الرافدين", "بلاد ما بين النهرين"), ("سيلان", "سريلانكا"), ("بورما", "ميانمار"),
        ("مكة المكرمة", "مكة"), ("القدس الشريف", "القدس"),
    ].map { (MatchingKey.of($0.0), MatchingKey.of($0.1)) })

    /// The key of the common name a place's other name stands for in an article that has both.
    static func commonNameKey(ofOtherName key: String) -> String? {
        otherNames[key]
    }

    /// A state's head with the article, behind any clitic (`بالمملكة`, `والجمهورية`), by `FeatureHash`: every word
    /// of every article is looked up.
    private static let definiteStateHeadForms = HashIndex(
        forms: EntityVocabulary.withClitics(KeySet(stateHeads.members.map(\.text).filter { $0.hasPrefix(article) })))

    /// The tags with a state written by its official name where the tagger saw no name: a definite state's head
    /// and adjectives of relation, one of them a place's adjective, are a place (`تحل المملكة المغربية ضيف شرف`,
    /// `الجمهورية التونسية`, `السلطنة العمانية`); without one they describe (`الجمهورية الثانية`, `الإمارة
    /// الإسلامية`).
    /// `hashes` are the `FeatureHash` of `keys`.
    static func filling(_ tags: [String], keys: [String], hashes: [UInt64]) -> [String] {
        var tags = tags
        for start in keys.indices where tags[start] == "O" && definiteStateHeadForms.position(of: hashes[start]) != nil {
            var end = start + 1
            while end < keys.count, tags[end] == "O" || tags[end].hasSuffix("-LOC"), isOfficialAdjective(keys[end]) { end += 1 }
            guard namesCountry(adjectives: keys[(start + 1)..<end]) else { continue }
            SpanTags.mark(&tags, start..<end, label: "LOC")
            SpanTags.restart(&tags, at: end)
        }
        return tags
    }

    /// A state's head and adjectives of relation, one of them a place's the gazetteer knows: an official name,
    /// though each word only describes (`المملكة المغربية`, `الجمهورية العربية السورية`, `السلطنة العمانية`).
    static func isCountrysOfficialName(_ wordKeys: [String]) -> Bool {
        wordKeys.count > 1 && stateHeads.contains(wordKeys[0]) && wordKeys.dropFirst().allSatisfy(isOfficialAdjective)
            && namesCountry(adjectives: wordKeys.dropFirst())
    }

    private static func namesCountry(adjectives: ArraySlice<String>) -> Bool {
        adjectives.contains { adjective in placeKeys(derivedFrom: adjective).contains { Gazetteer.place(forKey: $0) != nil } }
    }

    /// Definite, shaped like an adjective of relation (or `المتحدة`), and no direction.
    private static func isOfficialAdjective(_ key: String) -> Bool {
        key == union || (nisbaBase(of: key) != nil && !directions.contains(key))
    }

    private static func nisbaBase(of key: String) -> String? {
        guard key.hasPrefix(article), let ending = nisbaEndings.first(where: key.hasSuffix) else { return nil }
        let base = String(key.dropFirst(article.count).dropLast(ending.count))
        return base.count >= 3 ? base : nil
    }

    /// The places an adjective of relation may derive from: `الأردنية` → `الأردن`, `المصرية` → `مصر`,
    /// `الأمريكية` → `أمريكا`, `السورية` → `سوريا`.
    private static func placeKeys(derivedFrom key: String) -> [String] {
        guard let base = nisbaBase(of: key) else { return [] }
        return [article + base, base, base + "ا", base + "يا"]
    }
}
