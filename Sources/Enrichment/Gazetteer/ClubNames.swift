import ArabicText

/// Sports clubs (`ClubData.swift`, generated from ArWikiCats), read by `EntityRules.clubs`. The tagger, trained
/// on politics and encyclopedia text, takes most clubs for places or people (`فاز نابولي على روما`,
/// `لاعب بايرن ميونخ هاري كين`). A club's name of two words or more is an organization wherever it stands,
/// whatever the tagger made of it; a one-word name is most often a city's too (`ليفربول`, `روما`), so it is the
/// club only where the sentence speaks of a team or a match.
enum ClubNames {
    /// Clubs named by several words.
    private static let multiWordNames = MultiWordNames(rows(ofWords: 2...))

    /// Every club's name, by key.
    private static let names = KeySet(rows(ofWords: 1...).map { MatchingKey.of($0) })

    /// Whether `name` (its words as written, space-separated) is a club's name: then its first letter is the
    /// name's own, not a clitic (`بايرن ميونخ`).
    static func isName(_ name: String) -> Bool {
        names.contains(MatchingKey.of(name))
    }

    /// What a word is to the rules on one-word clubs.
    private struct Role: OptionSet {
        let rawValue: UInt8
        /// A club named by one word.
        static let club = Role(rawValue: 1 << 0)
        /// A team's person or supporters, after whom a team's name comes wherever it stands (`مدرب ليفربول`,
        /// `لاعبي روما`, `مشجعي الأهلي`).
        static let teamWord = Role(rawValue: 1 << 1)
        /// In a sentence about sport, a word a match's first side or a team's name follows (`فاز نابولي`,
        /// `تعادل ميلان`, `ويلتقي ليون`, `جماهير الأهلي`; elsewhere `خسارة موسكو` is Moscow's loss).
        static let matchWordBefore = Role(rawValue: 1 << 2)
        /// In a sentence about sport, a word a match's first side comes before (`حقق ليفربول فوزا`, `ليفربول يفوز`).
        static let matchWordAfter = Role(rawValue: 1 << 3)
        /// A preposition between a match's sides (`نابولي على روما`, `مرسيليا أمام باريس سان جيرمان`).
        static let between = Role(rawValue: 1 << 4)
        /// A word that says a sentence is about sport.
        static let sportWord = Role(rawValue: 1 << 5)
        /// The first word of a club named by several words, also behind clitics (`وبايرن`).
        static let firstWord = Role(rawValue: 1 << 6)
        /// The last word of a club named by several words (`ميونخ` of `بايرن ميونخ`).
        static let lastWord = Role(rawValue: 1 << 7)
    }

    /// Each word's roles, also behind و or ف, by the hash of its key; with the key of a club named by one word
    /// without its conjunction (`وليفربول` → `ليفربول`). Every word of a sentence that names such a club is
    /// looked up, so by hash.
    private static let roles: (index: HashIndex, roles: [Role], clubs: [String?]) = {
        var roles: [UInt64: Role] = [:]
        var clubs: [UInt64: String] = [:]
        func add(_ words: [Substring], _ role: Role, conjunctions: Bool = true) {
            for word in words {
                let key = MatchingKey.of(word)
                for form in conjunctions ? [key, "\u{0648}" + key, "\u{0641}" + key] : [key] {
                    roles[FeatureHash.of(form), default: []].insert(role)
                    if role == .club { clubs[FeatureHash.of(form)] = key }
                }
            }
        }
        func words(_ list: String) -> [Substring] { list.split(whereSeparator: \.isWhitespace) }
        add(rows(ofWords: 1...1), .club)
        add(words("مدرب مدربي لاعب لاعبو لاعبي مهاجم مدافع مشجعو مشجعي نادي"), .teamWord)
        add(words("""
            فاز فوز تعادل خسر خسارة هزيمة تغلب هزم يلتقي التقى يواجه واجه يستضيف استضاف تأهل قائد نجم جماهير \
            جمهور فريق قميص حارس
            """), .matchWordBefore)
        add(words("فوزا انتصارا تعادلا يفوز يتعادل يخسر يتغلب يهزم"), .matchWordAfter)
        add(words("على أمام مع"), .between)
        add(words("""
            مباراة المباراة مباراته هدف هدفا هدفين أهداف بهدف بهدفين بثلاثية بثنائية سلبيا الدوري دوري الكأس كأس \
            ملعب الملعب الموسم المرمى ركلة جزاء
            """), .sportWord)
        let multiWord = rows(ofWords: 2...).map { $0.split(separator: " ") }
        for name in multiWord {
            for form in CliticForms.of(MatchingKey.of(name[0])) { roles[FeatureHash.of(form), default: []].insert(.firstWord) }
        }
        add(multiWord.compactMap(\.last), .lastWord, conjunctions: false)
        let hashes = roles.keys.sorted()
        return (HashIndex(keys: hashes), hashes.map { roles[$0]! }, hashes.map { clubs[$0] })
    }()

    /// The tags with every club of several words marked as an organization (`MultiWordNames.marking`).
    static func filling(_ tags: [String], keys: [String], hashes: [UInt64]) -> [String] {
        multiWordNames.marking(tags, label: "ORG", keys: keys, hashes: hashes)
    }

    /// The keys of the one-word clubs a sentence names as a team: after a team's person or supporters; in a
    /// sentence about sport (a match's verb or a score), also after a match's verb, before a word of winning or
    /// losing, or on either side of على, أمام or مع beside another club (`فاز نابولي على روما`). `hashes` are the
    /// `FeatureHash` of the sentence's `keys`.
    static func keysNamedAsClubs(keys: [String], hashes: [UInt64]) -> Set<ByteKey> {
        let found = hashes.map { roles.index.position(of: $0) }
        guard found.contains(where: { $0.map { roles.clubs[$0] != nil } == true }) else { return [] }
        let wordRoles = found.map { $0.map { roles.roles[$0] } ?? [] }
        let isAboutSport = wordRoles.contains { !$0.isDisjoint(with: [.matchWordBefore, .matchWordAfter, .sportWord]) }
        func role(at position: Int) -> Role { wordRoles.indices.contains(position) ? wordRoles[position] : [] }
        var named = Set<ByteKey>()
        for (position, index) in found.enumerated() {
            guard let index, let club = roles.clubs[index] else { continue }
            let previous = role(at: position - 1), next = role(at: position + 1)
            let isClub = previous.contains(.teamWord) || (isAboutSport && (
                previous.contains(.matchWordBefore) || next.contains(.matchWordAfter)
                    || (previous.contains(.between) && !role(at: position - 2).isDisjoint(with: [.club, .lastWord]))
                    || (next.contains(.between) && !role(at: position + 2).isDisjoint(with: [.club, .firstWord]))))
            if isClub { named.insert(ByteKey(club)) }
        }
        return named
    }

    private static func rows(ofWords counts: some RangeExpression<Int>) -> [Substring] {
        generatedRows.split(separator: "\n").compactMap { row in
            let fields = row.split(separator: "\t")
            guard fields.count == 2, let words = Int(fields[0]), counts.contains(words) else { return nil }
            return fields[1]
        }
    }
}
