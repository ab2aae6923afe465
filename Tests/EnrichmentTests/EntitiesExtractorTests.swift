import Foundation
import Testing
import ArabicText
@testable import Enrichment

@Suite struct EntitiesExtractorTests {
    /// "The model" tags exactly `phrases`; the rules that read the model's word knowledge are off (they have
    /// their own tests, with the knowledge they read stated).
    private func extractor(_ phrases: [(String, String)], aliases: EntityAliases = .none) -> EntityExtractor {
        let tagger = EntitiesPhraseTagger(phrases)
        return EntityExtractor(aliases: aliases, rules: EntityRules.all.subtracting(.readingTheModel)) {
            $0.map { tagger.tag($0).map { (tag: $0, margin: Float.infinity) } }
        }
    }

    private func summary(_ entities: [CanonicalEntity]) -> [String] {
        entities.map { "\($0.type.rawValue):\($0.name):\($0.mentions)" }
    }

    static func cairoTalks() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("EntitiesFixtures/cairo-talks.txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// What a tagger trained on ANERcorp plausibly says about the article, mistakes included: titles inside
    /// spans, nisba adjectives tagged as places, a descriptive "government" tagged as an organization.
    static let cairoTags: [(String, String)] = [
        ("مصر", "LOC"), ("القاهرة", "LOC"), ("غزة", "LOC"), ("بغزة", "LOC"), ("قطاع غزة", "LOC"),
        ("وإسرائيل", "LOC"), ("الأمريكي", "LOC"), ("الإسرائيليين", "LOC"), ("والإسرائيلي", "LOC"),
        ("إسرائيلي", "LOC"), ("الإسرائيلي", "LOC"), ("الفلسطيني", "LOC"),
        ("حماس", "ORG"), ("حركة حماس", "ORG"), ("وزارة الخارجية المصرية", "ORG"), ("الحكومة المصرية", "ORG"),
        ("دونالد ترامب", "PERS"), ("الدكتور خليل الحية", "PERS"), ("الخطة الأمريكية", "MISC"),
    ]

    @Test func cairoTalksGivesEachEntityOnceAndCanonical() throws {
        let entities = extractor(Self.cairoTags).entities(in: try Self.cairoTalks())
        let byType = Dictionary(grouping: entities, by: \.type).mapValues { Set($0.map(\.name)) }
        #expect(byType[.person] == ["دونالد ترامب", "خليل الحية"])
        #expect(byType[.organization] == ["حماس", "وزارة الخارجية المصرية"])
        #expect(byType[.place] == ["مصر", "إسرائيل", "غزة", "القاهرة"])
        #expect(entities.first { $0.name == "غزة" }?.mentions == 8)
        #expect(entities.allSatisfy { $0.key == MatchingKey.of($0.name) })
    }

    /// The regression test of issue 3: the bundled model plus the rules give exactly these entities, once each.
    @Test func cairoTalksWithTheBundledModel() throws {
        let extractor = EntityExtractor(tagger: try EntityTagger.bundled(), frequencies: try WordFrequencies.bundled())
        let entities = extractor.entities(in: try Self.cairoTalks())
        #expect(entities.map { "\($0.type.rawValue):\($0.name)" }.sorted() == [
            "organization:حماس", "organization:وزارة الخارجية المصرية",
            "person:خليل الحية", "person:دونالد ترامب",
            "place:إسرائيل", "place:القاهرة", "place:غزة", "place:مصر",
        ])
    }

    typealias MergeRow = (id: String, text: String, tags: [(String, String)], expected: [String])

    static let mergeRows: [MergeRow] = [
        ("clitics join the bare name", "قالت حماس إن الدعم لحماس مستمر، وحماس ترحب.",
         [("حماس", "ORG"), ("لحماس", "ORG"), ("وحماس", "ORG")], ["organization:حماس:3"]),
        ("short form joins the full name", "التقى دونالد ترامب الوفد. وقال ترامب إن الاتفاق قريب.",
         [("دونالد ترامب", "PERS"), ("ترامب", "PERS")], ["person:دونالد ترامب:2"]),
        ("short form seen first joins too", "ترامب يصل. وصل الرئيس الأمريكي دونالد ترامب.",
         [("الرئيس الأمريكي دونالد ترامب", "PERS"), ("ترامب", "PERS")], ["person:دونالد ترامب:2"]),
        ("first name joins a person", "وصل خليل الحية. وقال خليل إن الوفد جاهز.",
         [("خليل الحية", "PERS"), ("خليل", "PERS")], ["person:خليل الحية:2"]),
        ("majority type wins", "حماس وحماس ثم حماس.",
         [("حماس", "ORG"), ("وحماس", "PERS")], ["organization:حماس:3"]),
        ("tied types after the first go by type order", "زياد وصل. وزياد غادر. وزياد عاد. فزياد نام. فزياد قام.",
         [("زياد", "PERS"), ("وزياد", "ORG"), ("فزياد", "LOC")], ["organization:زياد:5"]),
        ("gazetteer place wins over the tag", "مصر تستضيف المحادثات. وقالت مصر إنها مستعدة.",
         [("مصر", "ORG")], ["place:مصر:2"]),
        ("most frequent written form", "الأردن يرحب. الاردن يستعد. والأردن جاهز.",
         [("الأردن", "LOC"), ("الاردن", "LOC"), ("والأردن", "LOC")], ["place:الأردن:3"]),
        ("sorted by type, mentions, name", "زار بيروت ودمشق ودمشق زياد.",
         [("بيروت", "LOC"), ("ودمشق", "LOC"), ("زياد", "PERS")], ["person:زياد:1", "place:دمشق:2", "place:بيروت:1"]),
        ("spelling with and without the article", "الهيمالايا عالية. الهيمالايا باردة. وتمتد هيمالايا شرقا.",
         [("الهيمالايا", "LOC"), ("هيمالايا", "LOC")], ["place:الهيمالايا:3"]),
        ("only a single first name joins by its start", "محمد علي كلاي ملاكم. محمد علي بطل. كلاي فاز.",
         [("محمد علي كلاي", "PERS"), ("محمد علي", "PERS"), ("كلاي", "PERS")],
         ["person:محمد علي كلاي:2", "person:محمد علي:1"]),
        ("a lineage joins the name it starts with", "نجيب محفوظ بن عبد العزيز كتب. نجيب محفوظ روائي. محفوظ كاتب.",
         [("نجيب محفوظ بن عبد العزيز", "PERS"), ("نجيب محفوظ", "PERS"), ("محفوظ", "PERS")], ["person:نجيب محفوظ:3"]),
        ("after a given name alone a lineage is the full name", "وصل محمد بن سلمان إلى الرياض. وقال محمد إن الزيارة مهمة.",
         [("محمد بن سلمان", "PERS"), ("محمد", "PERS")], ["person:محمد بن سلمان:2"]),
        ("short forms follow a chain", "بيتهوفن عبقري. فان بيتهوفن ألماني. فان بيتهوفن موسيقي. لودفج فان بيتهوفن ولد.",
         [("لودفج فان بيتهوفن", "PERS"), ("فان بيتهوفن", "PERS"), ("بيتهوفن", "PERS")],
         ["person:لودفج فان بيتهوفن:4"]),
        ("a particle is no evidence for a clitic", "قال إن لودفج فان بيتهوفن ولد. وعاش فان بيتهوفن في فيينا.",
         [("لودفج فان بيتهوفن", "PERS"), ("فان بيتهوفن", "PERS")], ["person:لودفج فان بيتهوفن:2"]),
        ("places do not join longer places", "القدس مدينة. القدس الشرقية محتلة.",
         [("القدس", "LOC"), ("القدس الشرقية", "LOC")], ["place:القدس:1", "place:القدس الشرقية:1"]),
        ("misc is not linked", "مؤتمر الخطة الأمريكية.", [("الخطة الأمريكية", "MISC")], []),
    ]

    @Test(arguments: mergeRows)
    func merges(_ row: MergeRow) {
        #expect(summary(extractor(row.tags).entities(in: row.text)) == row.expected, "\(row.id)")
    }

    @Test func aliasesWinOverTheModel() {
        let aliases = EntityAliases(
            entries: [
                .init(name: "دونالد ترامب", aliases: ["ترمب"]),
                .init(name: "حركة المقاومة الإسلامية", type: .organization, aliases: ["حماس"]),
            ],
            bans: [.init(name: "القاهرة")]
        )
        let text = "قال ترمب إن حماس وافقت. ووصل الوفد إلى القاهرة."
        let tags = [("ترمب", "PERS"), ("حماس", "PERS"), ("القاهرة", "LOC")]
        #expect(summary(extractor(tags, aliases: aliases).entities(in: text))
            == ["person:دونالد ترامب:1", "organization:حركة المقاومة الإسلامية:1"])
    }

    @Test(arguments: ["", "   \n\t  ", "\u{FEFF}"])
    func emptyInputHasNoEntities(_ text: String) {
        #expect(extractor(Self.cairoTags).entities(in: text).isEmpty)
    }

    @Test func extremelyLongLine() {
        let text = String(repeating: "وصل الوفد إلى القاهرة، ", count: 5_000)
        #expect(summary(extractor([("القاهرة", "LOC")]).entities(in: text)) == ["place:القاهرة:5000"])
    }

    @Test func sentenceWithWrongTagCountIsSkipped() {
        let extractor = EntityExtractor { $0.map { _ in [(tag: "B-LOC", margin: Float(1))] } }
        #expect(extractor.entities(in: "وصل الوفد إلى القاهرة.").isEmpty)
    }
}
