import Foundation

/// The rules that run after the tagger, each of which can be switched off to measure what it earns on labelled
/// text (an ablation: `MUJAZ_ENTITY_RULES_OFF=spellingVariants,commonWords mujaz build …`). Every rule is on in
/// normal use; `docs/nlp.md` gives each one's share of the document-level score.
public struct EntityRules: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Places run together where a space went missing are cut apart before tagging (`ولندنوأنقرة`; `GluedPlaces`).
    public static let gluedPlaces = EntityRules(rawValue: 1 << 26)
    /// Spans the tagger missed after titles and institution heads, gazetteer places of several words.
    public static let triggerSpans = EntityRules(rawValue: 1 << 0)
    /// Places named after a head (`نهر السين`, `جبل القلعة`) where the tagger saw nothing.
    public static let placeHeads = EntityRules(rawValue: 1 << 12)
    /// One-word gazetteer places (`لندن`) where the tagger saw nothing, unless the word is a common word.
    public static let gazetteerWords = EntityRules(rawValue: 1 << 13)
    /// A word no general text has that spells a gazetteer place another way is that place, for `gazetteerWords`,
    /// `gazetteerType`, clitics and single words (`شتوتجارت`, `وباناما`; `Gazetteer.place(spelledLike:)`).
    public static let placeSpellings = EntityRules(rawValue: 1 << 31)
    /// Organizations news names by one word (`اليونسكو`, `الفيفا`; `KnownOrganizations`): tagged where the tagger
    /// saw nothing, typed as organizations, never left out for being said once.
    public static let knownOrganizations = EntityRules(rawValue: 1 << 29)
    /// A person's name right after an event's or a tribe's head names the event or the group (`بطولة رولان غاروس`,
    /// `بني هاشم`; `EventsAndTribes`): no page.
    public static let eventsAndTribes = EntityRules(rawValue: 1 << 35)
    /// A ruler's ordinal after a person's name joins it (`نابليون الأول`).
    public static let regnalNumbers = EntityRules(rawValue: 1 << 17)
    /// A family name shaped like an adjective of relation after a person's name of two words or more joins it
    /// (`محمد شياع السوداني`; `FamilyNisbas`), and name boundaries keep it.
    public static let familyNisbas = EntityRules(rawValue: 1 << 38)
    /// A place's name in a phrase that makes it a common noun gets no tag (`الرباط الصليبي`, `نصف قطر`;
    /// `CommonNounPhrases`).
    public static let commonNounPhrases = EntityRules(rawValue: 1 << 39)
    /// Stock exchanges named by their place (`StockExchanges`): `بورصة الرياض`, `سوق دبي المالي` are organizations
    /// over the place the tagger made of the city.
    public static let stockExchanges = EntityRules(rawValue: 1 << 40)
    /// A body's head repeated behind و names a second body of the same kind (`دار الشروق ودار الساقي`;
    /// `RepeatedHeads`).
    public static let repeatedHeads = EntityRules(rawValue: 1 << 41)
    /// A Latin name runs over the capitalized Latin words around it (`Joseph Marie Jacquard`, `AT&T`).
    public static let latinNames = EntityRules(rawValue: 1 << 19)
    /// Latin letters spelled out in Arabic make one organization (`سي إن إن`, `آي بي إم`; `ForeignNameSpans`).
    public static let spelledAcronyms = EntityRules(rawValue: 1 << 25)
    /// A foreign prefix that opens place names joins the word after it (`نيو يورك`, `بورتو ريكو`).
    public static let placePrefixes = EntityRules(rawValue: 1 << 20)
    /// A Latin gloss after a name: in small letters it makes the name a common term, capitalized it is the
    /// name's other spelling (`مايكروسوفت (بالإنجليزية: Microsoft)`; `LatinGlosses`).
    public static let latinGlosses = EntityRules(rawValue: 1 << 23)
    /// An organization's short name in brackets after its full name is that organization (`وكالة الأنباء السعودية
    /// (واس)`; `AcronymGlosses`): no page of its own, and the article's other mentions of it count for the full name.
    public static let acronymGlosses = EntityRules(rawValue: 1 << 34)
    /// Two places joined by و in one span become two (`فرنسا وإيطاليا`).
    public static let coordinatedPlaces = EntityRules(rawValue: 1 << 21)
    /// Titles, offices and generic heads taken off names (`الرئيس`, `حركة`, `شبه جزيرة`), and `نهر` before a river
    /// the gazetteer names alone (`نهر النيل` → `النيل`).
    public static let titlesAndHeads = EntityRules(rawValue: 1 << 1)
    /// A leading و ف ب ل ك taken off when the model's name lists know the rest as a name.
    public static let cliticsByModel = EntityRules(rawValue: 1 << 2)
    /// A leading و ف ب ل ك taken off when general text has the rest far more often than the whole word, and kept
    /// when it has the whole word and never the rest (`والدتها`, not و + `الدتها`).
    public static let cliticsByFrequency = EntityRules(rawValue: 1 << 15)
    /// The word after a title or head that was taken off loses its own leading clitics by the same evidence
    /// (`جبال بأركان` → `أركان`).
    public static let cliticsAfterHeads = EntityRules(rawValue: 1 << 27)
    /// كـ before the article kept in a name unless the name without it is known (`كاليفورنيا`).
    public static let unprovenKaf = EntityRules(rawValue: 1 << 3)
    /// Words a name swallowed at its ends: function words, common words, another script after it; common nouns
    /// before a person's name.
    public static let nameBoundaries = EntityRules(rawValue: 1 << 11)
    /// Honorifics after a person's name taken off (`باشا`, `عليه السلام`).
    public static let honorifics = EntityRules(rawValue: 1 << 4)
    /// A name the gazetteer knows is a place.
    public static let gazetteerType = EntityRules(rawValue: 1 << 5)
    /// One type per name within an article, by vote.
    public static let typeVote = EntityRules(rawValue: 1 << 6)
    /// Short forms join the full name (`ترامب` → `دونالد ترامب`); forms with and without the article join.
    public static let shortForms = EntityRules(rawValue: 1 << 7)
    /// Other spellings of the same consonants join (`السوفييتي`, `السوفيتي`).
    public static let spellingVariants = EntityRules(rawValue: 1 << 8)
    /// A misspelled name joins the same name spelled right in the article (`الانحاد` → `الاتحاد`; `Misspellings`).
    public static let misspellings = EntityRules(rawValue: 1 << 24)
    /// A state's official name joins its common name (`المملكة الأردنية الهاشمية` → `الأردن`; `OfficialNames`).
    public static let officialNames = EntityRules(rawValue: 1 << 22)
    /// A one-word name that the training text shows as a common word, or a noun with a possessive ending
    /// (`والدتها`), is left out.
    public static let commonWords = EntityRules(rawValue: 1 << 9)
    /// An organization named by a word general text uses as a common word keeps its page when the article
    /// names it at least twice, and uses the word plainly less often than it names it (`الأهلي`, `الوفد`: clubs,
    /// parties and papers take common words for names; people and places that do are in the name lists and the
    /// gazetteer). A word the training text knows as a common word gets no page (`البراكين`).
    public static let namedCommonWords = EntityRules(rawValue: 1 << 28)
    /// A word that general text writes both with and without the article is a common word too (`الأكسجين`,
    /// `واسع`), for every rule that asks (`commonWords`, `nameBoundaries`, `placeHeads`, `gazetteerWords`).
    public static let articleAlternation = EntityRules(rawValue: 1 << 16)
    /// A one-word name that the article writes at least twice as often where the tagger saw no name (behind a
    /// clitic or not) as where it saw one is left out: the tagger names a name nearly every time, while a common word
    /// it took for one once (`البنكرياس`) stays a common word elsewhere. Like every rule on single words, it
    /// spares what the gazetteer, the known organizations and the alias file vouch for.
    public static let mostlyPlainWords = EntityRules(rawValue: 1 << 32)
    /// A one-word person or organization said once that no list and no training text knows as a name is left
    /// out (places have the gazetteer and their own spans), unless it is written in Latin capitals (`AT&T`).
    public static let unknownSingleWords = EntityRules(rawValue: 1 << 14)
    /// A title or a calling before a word, past the words that qualify it, makes it a person's name (`TitledNames`):
    /// a one-word person said once keeps its page (`المؤرخ الروماني تاسيتوس`, `للملك سنفرو`), the evidence
    /// `unknownSingleWords` asks for, which names of history and myth rarely have in any list; and a single word no
    /// list or text knows is tagged a person there where the tagger saw nothing (`الفرعون زوسر`).
    public static let titledNames = EntityRules(rawValue: 1 << 30)
    /// An organization of one word that the article names right after `شركة` gets its page whatever general text
    /// and its plain uses say of the word (`شركة أبل`, though `الإبل` are camels), and such a word the tagger left
    /// outside a name is one unless it describes the company (`شركة تسلا`; `CompanyNames`).
    public static let companyHeads = EntityRules(rawValue: 1 << 33)
    /// Sports clubs (`ClubNames`): a club's name of several words is an organization wherever it stands, over what
    /// the tagger made of it (`بايرن ميونخ`, `باريس سان جيرمان`), and a one-word club that is also a city's name is
    /// the club in an article that names it as a team (`مدرب ليفربول`, `فاز نابولي على روما`).
    public static let clubs = EntityRules(rawValue: 1 << 37)
    /// A one-word person or organization written with the article is left out unless the name lists or the
    /// training text know it as a name or it reads as an adjective of origin (`الأهلي`): people are named so only by
    /// epithets the lists have (`المسيح`, `المأمون`), and bodies by a head before the word (`البنكرياس` and
    /// `الأوزون`, which the tagger took for an organization and a person, are neither).
    public static let definiteNouns = EntityRules(rawValue: 1 << 36)
    /// A one-word name said once that the model tagged with a low margin is left out (`leastSingleWordConfidence`).
    public static let doubtfulSingleWords = EntityRules(rawValue: 1 << 18)

    public static let names: [(String, EntityRules)] = [
        ("gluedPlaces", .gluedPlaces), ("triggerSpans", .triggerSpans), ("placeHeads", .placeHeads), ("gazetteerWords", .gazetteerWords), ("placeSpellings", .placeSpellings), ("knownOrganizations", .knownOrganizations), ("clubs", .clubs), ("eventsAndTribes", .eventsAndTribes), ("regnalNumbers", .regnalNumbers), ("familyNisbas", .familyNisbas), ("commonNounPhrases", .commonNounPhrases),
        ("stockExchanges", .stockExchanges), ("repeatedHeads", .repeatedHeads),
        ("latinNames", .latinNames), ("spelledAcronyms", .spelledAcronyms), ("placePrefixes", .placePrefixes),
        ("coordinatedPlaces", .coordinatedPlaces), ("latinGlosses", .latinGlosses), ("acronymGlosses", .acronymGlosses),
        ("titlesAndHeads", .titlesAndHeads), ("cliticsByModel", .cliticsByModel),
        ("cliticsByFrequency", .cliticsByFrequency), ("cliticsAfterHeads", .cliticsAfterHeads),
        ("unprovenKaf", .unprovenKaf), ("honorifics", .honorifics), ("nameBoundaries", .nameBoundaries), ("gazetteerType", .gazetteerType),
        ("typeVote", .typeVote), ("shortForms", .shortForms), ("spellingVariants", .spellingVariants), ("misspellings", .misspellings), ("officialNames", .officialNames),
        ("commonWords", .commonWords), ("namedCommonWords", .namedCommonWords), ("articleAlternation", .articleAlternation), ("mostlyPlainWords", .mostlyPlainWords), ("unknownSingleWords", .unknownSingleWords),
        ("titledNames", .titledNames), ("companyHeads", .companyHeads), ("definiteNouns", .definiteNouns),
        ("doubtfulSingleWords", .doubtfulSingleWords),
    ]

    public static let all = EntityRules(names.map(\.1))

    /// The rules that read what the model knows of words (`WordKnowledge`) or add names the tagger did not find.
    static let readingTheModel: EntityRules = [.cliticsByModel, .cliticsByFrequency, .nameBoundaries, .commonWords, .articleAlternation,
                                               .unknownSingleWords, .titledNames, .placeHeads, .gazetteerWords, .placeSpellings]

    /// Every rule but those named in `MUJAZ_ENTITY_RULES_OFF` (comma-separated; unknown names are ignored).
    public static let current: EntityRules = {
        guard let off = ProcessInfo.processInfo.environment["MUJAZ_ENTITY_RULES_OFF"] else { return .all }
        let named = Dictionary(uniqueKeysWithValues: names)
        return all.subtracting(EntityRules(off.split(separator: ",").compactMap { named[String($0)] }))
    }()
}
