import Enrichment
import Foundation
import Testing
@testable import SiteBuilder

@Suite struct EntityAliasFileTests {
    private func load(_ yaml: String) throws -> Result<EntityAliases, BuildFailure> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-aliases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("entities.yml")
        try Data(yaml.utf8).write(to: file)
        return EntityAliasFile.load(from: file, path: "Content/entities.yml")
    }

    @Test func readsMergesRenamesRetypesAndBans() throws {
        let yaml = """
            entities:
              - name: دونالد ترامب
                type: person
                aliases: [ترمب, دونالد ترمب]
              - name: حماس
                type: organizations
            ban:
              - الحكومة المصرية
              - name: الأمل
                type: place
            """
        let aliases = try load(yaml).get()
        #expect(aliases.entries == [
            .init(name: "دونالد ترامب", type: .person, aliases: ["ترمب", "دونالد ترمب"]),
            .init(name: "حماس", type: .organization),
        ])
        #expect(aliases.bans == [.init(name: "الحكومة المصرية"), .init(name: "الأمل", type: .place)])
        #expect(aliases.resolve("ترمب", as: .place) == .entry(aliases.entries[0]))
        #expect(aliases.resolve("الامل", as: .place) == .banned)
        #expect(aliases.resolve("الأمل", as: .person) == nil)
    }

    @Test(arguments: [
        ("unknown top-level key", "entites:\n  - name: حماس\n", ["Content/entities.yml:1: unknown key 'entites'; expected 'entities' or 'ban'"]),
        ("not a mapping", "- حماس\n", ["Content/entities.yml:1: the alias file must be a mapping with 'entities:' and/or 'ban:'"]),
        ("entity without name", "entities:\n  - type: person\n", ["Content/entities.yml:2: entity without 'name:'"]),
        ("bad type", "entities:\n  - name: حماس\n    type: group\n", ["Content/entities.yml:3: unknown type 'group'; expected person, organization or place"]),
        ("empty name", "ban:\n  - name: \"\"\n", ["Content/entities.yml:2: 'name' must be a non-empty name", "Content/entities.yml:2: ban without 'name:'"]),
        ("form claimed twice", "entities:\n  - name: ترامب\n  - name: بايدن\n    aliases: [ترامب]\n", ["Content/entities.yml:4: 'ترامب' already belongs to the entity on line 2"]),
        ("aliases not a list", "entities:\n  - name: ترامب\n    aliases: ترمب\n", ["Content/entities.yml:3: 'aliases' must be a list (items starting with '- ')"]),
        ("invalid YAML", "entities:\n  - name: [ترامب\n", nil),
    ] as [(String, String, [String]?)])
    func reportsMistakesWithLines(_ row: (id: String, yaml: String, expected: [String]?)) throws {
        guard case .failure(let failure) = try load(row.yaml) else {
            Issue.record("\(row.id): expected a failure")
            return
        }
        let messages = failure.diagnostics.map(\.description)
        if let expected = row.expected {
            #expect(messages == expected, "\(row.id)")
        } else {
            #expect(messages.count == 1 && messages[0].hasPrefix("Content/entities.yml:"), "\(row.id)")
        }
    }

    @Test func missingOrEmptyFileMeansNoAliases() throws {
        let missing = EntityAliasFile.load(from: URL(fileURLWithPath: "/nonexistent/entities.yml"), path: "x")
        #expect(try missing.get().isEmpty)
        #expect(try load("  \n").get().isEmpty)
        #expect(try load("# only a comment\n").get().isEmpty)
    }

    @Test func invalidUTF8IsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-aliases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("entities.yml")
        try Data([0x62, 0x61, 0x6E, 0x3A, 0x0A, 0xFF, 0xFE]).write(to: file)
        guard case .failure(let failure) = EntityAliasFile.load(from: file, path: "Content/entities.yml") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.description.hasPrefix("Content/entities.yml:2: invalid UTF-8"))
    }
}
