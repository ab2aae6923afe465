import ArabicText
import Testing
@testable import Enrichment

/// Spellings of one entity in different articles: rows from news and encyclopedia text, not the sample article.
@Suite struct EntitiesSiteSpellingsTests {
    static let generalText = try! WordFrequencies(tsv: """
        السوفيتي\t480
        السوفييتي\t520
        الاتحاد\t350
        لودفيج\t600
        لودفج\t640
        فان\t400
        بيتهوفن\t560
        """, path: "test")

    private func joined(_ names: [(EntityType, String)], generalText: WordFrequencies = Self.generalText) -> [String] {
        SiteSpellings.joinedKeys(of: names.map { SiteSpellings.Name(type: $0.0, key: MatchingKey.of($0.1)) }, generalText: { generalText })
    }

    @Test func aVariantOfAGazetteerPlaceJoinsIt() {
        #expect(joined([(.place, "اميركا"), (.place, "أمريكا")]) == ["امريكا", "امريكا"])
        #expect(joined([(.place, "أوربا"), (.place, "أوروبا")]) == ["اوروبا", "اوروبا"])
    }

    @Test func spellingsGeneralTextKnowsJoin() {
        #expect(joined([(.place, "الاتحاد السوفييتي"), (.place, "الإتحاد السوفيتي")]) == ["الاتحاد السوفيتي", "الاتحاد السوفيتي"])
        #expect(joined([(.person, "لودفج فان بيتهوفن"), (.person, "لودفيج فان بيتهوفن")]) == ["لودفج فان بيتهوفن", "لودفج فان بيتهوفن"])
    }

    @Test func withoutEvidenceNothingJoins() {
        // Neither spelling is in the gazetteer or in general text.
        #expect(joined([(.organization, "مختبرات كوداك"), (.organization, "مختبرات كوداأك")]) == ["مختبرات كوداك", "مختبرات كودااك"])
        #expect(joined([(.person, "كريستوفر كولومبوس"), (.person, "كريستوفر كولمبوس")], generalText: .none)
                == ["كريستوفر كولومبوس", "كريستوفر كولمبوس"])
    }

    @Test func anOfficialNameJoinsTheCommonNameOfAnotherArticle() {
        #expect(joined([(.place, "المملكة الأردنية الهاشمية"), (.place, "الأردن")]) == ["الاردن", "الاردن"])
        #expect(joined([(.place, "جمهورية مصر العربية"), (.place, "مصر"), (.place, "مصر الجديدة")])
                == ["مصر", "مصر", "مصر الجديده"])
        // Without the common name in the site, the official name keeps its page.
        #expect(joined([(.place, "جمهورية الصين الشعبية"), (.organization, "الصين")]) == ["جمهوريه الصين الشعبيه", "الصين"])
    }

    @Test func looseSkeletonsStayApart() {
        // A person's single name; a different last letter; too short; another type.
        #expect(joined([(.person, "محمد"), (.person, "محمود")]) == ["محمد", "محمود"])
        #expect(joined([(.place, "ألمانيا"), (.place, "اليمن")]) == ["المانيا", "اليمن"])
        #expect(joined([(.place, "بون"), (.place, "بأيون")]) == ["بون", "بايون"])
        #expect(joined([(.place, "أمريكا"), (.organization, "اميركا")]) == ["امريكا", "اميركا"])
    }
}
