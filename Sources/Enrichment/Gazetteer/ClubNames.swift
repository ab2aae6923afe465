import ArabicText

/// Sports clubs (`ClubData.swift`, generated from ArWikiCats), read by `EntityRules.clubs`. The tagger, trained
/// on politics and encyclopedia text, takes most clubs for places or people (`فاز نابولي على روما`,
/// `لاعب بايرن ميونخ هاري كين`). A club's name of two words or more is an organization wherever it stands,
/// whatever the tagger made of it; a one-word name is most often a city's too (`ليفربول`, `روما`), so it is the
/// club only where the sentence speaks of a team or a match.
enum ClubNames {
    /// Clubs named by several words, by the hash of the forms of their first word behind clitics (`وبايرن`): the
    /// keys of their other words, longest name first. Every token is looked up, so by hash, as the known
    /// organizations are.
    private static let firstWordForms: (index: HashIndex, rests: [[[String]]]) = {
        var byForm: [UInt64: [[String]]] = [:]
        for name in rows(ofWords: 2...) {
            let keys = name.split(separator: " ").map { MatchingKey.of($0) }
            for form in CliticForms.of(keys[0]) { byForm[FeatureHash.of(form), default: []].append(Array(keys.dropFirst())) }
        }
        let hashes = byForm.keys.sorted()
        return (HashIndex(keys: hashes), hashes.map { byForm[$0]!.sorted { $0.count > $1.count } })
    }()

    /// Clubs named by one word.
    static let oneWord = KeySet(rows(ofWords: 1...1).map { MatchingKey.of($0) })

    /// The last words of clubs named by several words (`ميونخ` of `بايرن ميونخ`).
    private static let lastWords = KeySet(rows(ofWords: 2...).compactMap { $0.split(separator: " ").last.map { MatchingKey.of($0) } })

    /// Every club's name, by key.
    private static let names = KeySet(rows(ofWords: 1...).map { MatchingKey.of($0) })

    /// Whether `name` (its words as written, space-separated) is a club's name: then its first letter is the
    /// name's own, not a clitic (`بايرن ميونخ`).
    static func isName(_ name: String) -> Bool {
        names.contains(MatchingKey.of(name))
    }

    /// A team's people and supporters, whose word a team's name follows wherever it stands (`مدرب ليفربول`,
    /// `لاعبي روما`, `مشجعي الأهلي`), by key.
    private static let roles = keys("مدرب مدربي لاعب لاعبو لاعبي مهاجم مدافع مشجعو مشجعي نادي")

    /// Words a match's first side or a team's name follows in a sentence about sport (`فاز نابولي`,
    /// `تعادل ميلان`, `ويلتقي ليون`, `جماهير الأهلي`; elsewhere `خسارة موسكو` is Moscow's loss).
    private static let matchWordsBefore = keys("""
        فاز فوز تعادل خسر خسارة هزيمة تغلب هزم يلتقي التقى يواجه واجه يستضيف استضاف تأهل قائد نجم جماهير \
        جمهور فريق قميص حارس
        """)

    /// Words a match's first side comes before in a sentence about sport (`حقق ليفربول فوزا`, `ليفربول يفوز`).
    private static let matchWordsAfter = keys("فوزا انتصارا تعادلا يفوز يتعادل يخسر يتغلب يهزم")

    /// The prepositions between a match's sides (`نابولي على روما`, `مرسيليا أمام باريس سان جيرمان`).
    private static let between = keys("على أمام مع")

    /// Words that say a sentence is about sport.
    private static let sportWords = keys("""
        مباراة المباراة مباراته هدف هدفا هدفين أهداف بهدف بهدفين بثلاثية بثنائية سلبيا الدوري دوري الكأس كأس \
        ملعب الملعب الموسم المرمى ركلة جزاء
        """)

    private static func keys(_ words: String) -> KeySet {
        KeySet(words.split(whereSeparator: \.isWhitespace).map { MatchingKey.of($0) })
    }

    /// The tags with every club of several words marked as an organization. A span of the tagger's that ran on
    /// past the name starts again after it (`ميونخ هاري كين` → `هاري كين`).
    /// `hashes` are the `FeatureHash` of `keys`.
    static func filling(_ tags: [String], keys: [String], hashes: [UInt64]) -> [String] {
        var tags = tags
        var index = 0
        while index < keys.count {
            guard let found = firstWordForms.index.position(of: hashes[index]),
                  let rest = firstWordForms.rests[found].first(where: { index + $0.count < keys.count && keys[(index + 1)...].starts(with: $0) })
            else {
                index += 1
                continue
            }
            let end = index + 1 + rest.count
            for position in index..<end { tags[position] = (position == index ? "B-" : "I-") + "ORG" }
            if end < tags.count, tags[end].hasPrefix("I-") { tags[end] = "B-" + tags[end].dropFirst(2) }
            index = end
        }
        return tags
    }

    /// The keys of the one-word clubs an article names as a team: after a team's person or supporters; in a
    /// sentence about sport (a match's verb or a score), also after a match's verb, before a word of winning or
    /// losing, or on either side of على, أمام or مع beside another club (`فاز نابولي على روما`).
    static func keysNamedAsClubs(in text: ArticleText) -> Set<ByteKey> {
        var named = Set<ByteKey>()
        for sentence in text.sentences {
            let keys = sentence.keys.map(strippingConjunction)
            guard keys.contains(where: oneWord.contains) else { continue }
            let isAboutSport = keys.contains { matchWordsBefore.contains($0) || matchWordsAfter.contains($0) || sportWords.contains($0) }
            for (position, key) in keys.enumerated() where oneWord.contains(key) {
                let previous = position > 0 ? keys[position - 1] : ""
                let next = position + 1 < keys.count ? keys[position + 1] : ""
                let isClub = roles.contains(previous) || (isAboutSport && (
                    matchWordsBefore.contains(previous) || matchWordsAfter.contains(next)
                        || (between.contains(previous) && position > 1 && isClubName(keys, at: position - 2, after: false))
                        || (between.contains(next) && isClubName(keys, at: position + 2, after: true))))
                if isClub { named.insert(ByteKey(key)) }
            }
        }
        return named
    }

    /// Whether a club's name of one word, or the first (`after`) or last (before) word of a longer one, stands at
    /// `position`.
    private static func isClubName(_ keys: [String], at position: Int, after: Bool) -> Bool {
        position < keys.count && (oneWord.contains(keys[position])
            || (after ? firstWordForms.index.position(of: FeatureHash.of(keys[position])) != nil : lastWords.contains(keys[position])))
    }

    /// A key without the و or ف before it when what is left is a word these rules know (`وتعادل`; `فاز` stays).
    private static func strippingConjunction(_ key: String) -> String {
        guard key.count > 3, key.hasPrefix("\u{0648}") || key.hasPrefix("\u{0641}") else { return key }
        let bare = String(key.dropFirst())
        return [roles, matchWordsBefore, matchWordsAfter, sportWords, oneWord].contains { $0.contains(bare) } ? bare : key
    }

    private static func rows(ofWords counts: some RangeExpression<Int>) -> [Substring] {
        generatedRows.split(separator: "\n").compactMap { row in
            let fields = row.split(separator: "\t")
            guard fields.count == 2, let words = Int(fields[0]), counts.contains(words) else { return nil }
            return fields[1]
        }
    }
}
