import Testing
@testable import Enrichment

@Suite struct GazetteerTests {
    @Test(arguments: [
        ("country from CLDR", "مصر", Gazetteer.Kind.country),
        ("city from CLDR time zones", "القاهرة", .city),
        ("gaza from CLDR time zones", "غزة", .city),
        ("hand-added capital", "الرباط", .capital),
        ("hand-added city", "الإسكندرية", .city),
        ("hand-added region", "الضفة الغربية", .region),
        ("spelling variant by matching key", "الاردن", .country),
    ])
    func knows(_ row: (id: String, name: String, kind: Gazetteer.Kind)) {
        #expect(Gazetteer.place(named: row.name)?.kind == row.kind, "\(row.id)")
    }

    @Test(arguments: ["الأمم المتحدة", "الاتحاد الأوروبي", "العالم", "حماس", ""])
    func leavesOutWhatIsNotAPlace(_ name: String) {
        #expect(!Gazetteer.contains(name))
    }

    @Test func isLargeAndClean() {
        #expect(Gazetteer.places.count > 700)
        #expect(Gazetteer.places.allSatisfy { !$0.name.isEmpty && !$0.name.contains("(") })
    }
}
