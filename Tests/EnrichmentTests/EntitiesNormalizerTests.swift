import Testing
import ArabicText
@testable import Enrichment

@Suite struct EntitiesNormalizerTests {
    @Test(arguments: [
        ("clitic before hamza", "وإسرائيل", EntityType.place, "إسرائيل"),
        ("clitic before article", "والقاهرة", .place, "القاهرة"),
        ("known place after preposition", "بغزة", .place, "غزة"),
        ("known place is not split", "لبنان", .place, "لبنان"),
        ("title and nisba", "الرئيس الأمريكي دونالد ترامب", .person, "دونالد ترامب"),
        ("title, nisba and descriptor", "الرئيس الأمريكي السابق باراك أوباما", .person, "باراك أوباما"),
        ("office with complement", "وزير الخارجية المصري سامح شكري", .person, "سامح شكري"),
        ("prime minister", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", .person, "بنيامين نتنياهو"),
        ("honorific", "الدكتور خليل الحية", .person, "خليل الحية"),
        ("two honorifics", "سمو الأمير محمد بن سلمان", .person, "محمد بن سلمان"),
        ("a player's position", "الحارس إيكر كاسياس", .person, "إيكر كاسياس"),
        ("a player's position in construct", "لاعب الوسط إمام عاشور", .person, "إمام عاشور"),
        ("name shaped like a nisba stays", "الرئيس السيسي", .person, "السيسي"),
        ("nisba-shaped family name stays", "خليل الحية", .person, "خليل الحية"),
        ("movement head", "حركة حماس", .organization, "حماس"),
        ("strip head", "قطاع غزة", .place, "غزة"),
        ("state head", "دولة قطر", .place, "قطر"),
        ("capital head and nisba", "العاصمة المصرية القاهرة", .place, "القاهرة"),
        ("ministry keeps its head", "وزارة الخارجية المصرية", .organization, "وزارة الخارجية المصرية"),
        ("university keeps its head", "جامعة القاهرة", .organization, "جامعة القاهرة"),
        ("central bank keeps its head", "البنك المركزي المصري", .organization, "البنك المركزي المصري"),
        ("organization keeps its head", "منظمة الصحة العالمية", .organization, "منظمة الصحة العالمية"),
        ("clitic proven by the whole name", "وكوريا الجنوبية", .place, "كوريا الجنوبية"),
        ("persian kaf as preposition", "کالإمارات العربية المتحدة", .place, "الإمارات العربية المتحدة"),
        ("spacing collapsed", "  دونالد \n  ترامب ", .person, "دونالد ترامب"),
        ("diacritics kept in display", "غَزَّة", .place, "غَزَّة"),
    ])
    func cleans(_ row: (id: String, written: String, type: EntityType, expected: String)) {
        let identity = EntityNormalizer().identify(row.written, as: row.type)
        #expect(identity?.name == row.expected, "\(row.id)")
        #expect(identity?.key == MatchingKey.of(row.expected), "\(row.id)")
    }

    @Test(arguments: [
        ("title only", "الرئيس الأمريكي", EntityType.person),
        ("nisba is not a place", "الإسرائيلي", .place),
        ("feminine nisba is not a place", "المصرية", .place),
        ("plural nisba is not a place", "الفلسطينيين", .place),
        ("descriptive party", "الحكومة المصرية", .organization),
        ("descriptive side", "الجانب الإسرائيلي", .organization),
        ("head only", "حركة", .organization),
        ("empty", "", .person),
        ("only spaces", "   ", .place),
        ("punctuation only", "«،»", .place),
        ("one letter", "ب", .person),
    ])
    func dropsWhatIsNotAName(_ row: (id: String, written: String, type: EntityType)) {
        #expect(EntityNormalizer().identify(row.written, as: row.type) == nil, "\(row.id)")
    }

    @Test func gazetteerPlacesAreAlwaysPlaces() {
        #expect(EntityNormalizer().identify("مصر", as: .organization)?.type == .place)
        #expect(EntityNormalizer().identify("حماس", as: .organization)?.type == .organization)
    }

    @Test func spellingVariantsShareAKey() {
        let normalizer = EntityNormalizer()
        let written = ["الأردن", "الاردن", "والأردن"].compactMap { normalizer.identify($0, as: .place) }
        #expect(Set(written.map(\.key)).count == 1)
        #expect(written.first?.name == "الأردن")
    }
}
