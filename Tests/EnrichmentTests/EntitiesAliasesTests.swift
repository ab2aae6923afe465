import Testing
@testable import Enrichment

@Suite struct EntitiesAliasesTests {
    private let aliases = EntityAliases(
        entries: [
            .init(name: "دونالد ترامب", aliases: ["ترمب", "دونالد ترمب"]),
            .init(name: "حماس", type: .organization),
            .init(name: "ترامب", aliases: ["ترمب"]),
        ],
        bans: [.init(name: "الحكومة المصرية"), .init(name: "الأمل", type: .place)]
    )

    @Test(arguments: [
        ("merge and rename", "ترمب", EntityType.person, EntityIdentity(type: .person, key: "دونالد ترامب", name: "دونالد ترامب")),
        ("merge after cleaning", "الرئيس الأمريكي دونالد ترمب", .person,
         EntityIdentity(type: .person, key: "دونالد ترامب", name: "دونالد ترامب")),
        ("retype", "حماس", .person, EntityIdentity(type: .organization, key: "حماس", name: "حماس")),
        ("retype after clitics and head", "لحركة حماس", .place, EntityIdentity(type: .organization, key: "حماس", name: "حماس")),
        ("first entry keeps a form claimed twice", "ترمب", .person,
         EntityIdentity(type: .person, key: "دونالد ترامب", name: "دونالد ترامب")),
        ("ban by one type only", "الأمل", .organization, EntityIdentity(type: .organization, key: "الامل", name: "الأمل")),
    ])
    func identifies(_ row: (id: String, written: String, type: EntityType, expected: EntityIdentity)) {
        #expect(EntityNormalizer(aliases: aliases).identify(row.written, as: row.type) == row.expected, "\(row.id)")
    }

    @Test(arguments: [
        ("banned whatever the type", "الحكومة المصرية", EntityType.person),
        ("banned as a place", "الأمل", .place),
        ("banned after clitics", "والأمل", .place),
    ])
    func bans(_ row: (id: String, written: String, type: EntityType)) {
        #expect(EntityNormalizer(aliases: aliases).identify(row.written, as: row.type) == nil, "\(row.id)")
    }

    @Test func noAliasesChangeNothing() {
        #expect(EntityAliases.none.isEmpty)
        #expect(EntityAliases.none.resolve("حماس", as: .organization) == nil)
    }
}
