import Testing
@testable import Enrichment

@Suite struct EntityTypeTests {
    @Test func frontMatterKeys() {
        #expect(EntityType.allCases.map(\.frontMatterKey) == ["people", "organizations", "places"])
        #expect(EntityType.person < EntityType.place)
    }
}
