import ArgumentParser
import Enrichment
import Foundation
import SiteBuilder

struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the canonical people, organizations and places of a raw Arabic article as JSON.",
        discussion: """
            Reads raw article text (UTF-8) and prints a JSON array with one object per entity: type \
            (person, organization, place), name (display name), key (matching key) and mentions. Entities are \
            sorted by type, then by mentions (most first), then by name. A site's alias file \
            (Content/entities.yml, see --root) wins over the model.
            """
    )

    @Argument(help: "The raw article; standard input when omitted.")
    var file: String?

    @Option(help: "A site folder: its Content/entities.yml (when present) applies.")
    var root: String?

    @Option(help: "An alias file to apply (instead of the one under --root).")
    var aliases: String?

    func validate() throws {
        if root != nil, aliases != nil { throw ValidationError("give either --root or --aliases, not both") }
    }

    func run() async throws {
        let text = try readArticle()
        let extractor = EntityExtractor(tagger: try EntityTagger.bundled(), aliases: try loadAliases())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let entities = extractor.entities(in: text)
        print(entities.isEmpty ? "[]" : String(decoding: try encoder.encode(entities), as: UTF8.self))
    }

    private func readArticle() throws -> String {
        let path = file ?? "<stdin>"
        let data: Data?
        if let file {
            data = FileManager.default.contents(atPath: file)
        } else {
            data = try? FileHandle.standardInput.readToEnd() ?? Data()
        }
        guard let data else { throw InputError(message: "\(path): cannot read the file") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw InputError(message: "\(path): not valid UTF-8 text; save the article as UTF-8")
        }
        return text
    }

    private func loadAliases() throws -> EntityAliases {
        let file: URL
        let shownPath: String
        if let aliases {
            file = URL(fileURLWithPath: aliases)
            shownPath = aliases
            guard FileManager.default.fileExists(atPath: aliases) else {
                throw InputError(message: "\(aliases): no such alias file")
            }
        } else if let root {
            file = URL(fileURLWithPath: root).appendingPathComponent(EntityAliasFile.relativePath)
            shownPath = EntityAliasFile.relativePath
        } else {
            return .none
        }
        return try EntityAliasFile.load(from: file, path: shownPath).get()
    }
}

/// A problem with the command's input, reported as `path: message` without the usage text.
private struct InputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
