import ArgumentParser
import Enrichment
import Foundation
import SiteBuilder

struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the canonical people, organizations and places of a raw Arabic article, or of a site's articles, as JSON.",
        discussion: """
            Reads raw article text (UTF-8) and prints a JSON array with one object per entity: type \
            (person, organization, place), name (display name), key (matching key) and mentions. Entities are \
            sorted by type, then by mentions (most first), then by name. A site's alias file \
            (Content/entities.yml, see --root) wins over the model.

            With --articles, reads the site under --root as the build does and prints one JSON line per \
            article: {"id": file stem, "entities": [{"type": PERS|ORG|LOC, "name": page name}]}, exactly the \
            entities the built site shows for that article.

            With --review, reads every article under --root again and prints, one tab-separated line per entity, \
            whether it has a page or why it was left out, its type, name, articles, mentions and the model's best \
            confidence: what to ban, merge, retype or force in Content/entities.yml.
            """
    )

    @Argument(help: "The raw article; standard input when omitted.")
    var file: String?

    @Option(help: "A site folder: its Content/entities.yml (when present) applies.")
    var root: String?

    @Option(help: "An alias file to apply (instead of the one under --root).")
    var aliases: String?

    @Flag(help: "Print the entities the site under --root shows for each of its articles, one JSON line per article.")
    var articles = false

    @Flag(help: "List the entities of the site under --root, those left out included, for review.")
    var review = false

    func validate() throws {
        if root != nil, aliases != nil { throw ValidationError("give either --root or --aliases, not both") }
        if articles, root == nil || file != nil { throw ValidationError("--articles reads the site under --root and takes no FILE") }
        if review, root == nil || file != nil || articles { throw ValidationError("--review reads the site under --root and takes no FILE nor --articles") }
    }

    func run() async throws {
        if articles, let root { return try printArticleEntities(root: root) }
        if review, let root { return try printReview(root: root) }
        let text = try CommandIO.readText(at: file)
        let entities = try extractor().entities(in: text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(entities.isEmpty ? "[]" : String(decoding: try encoder.encode(entities), as: UTF8.self))
    }

    private func extractor() throws -> EntityExtractor {
        let tagger: EntityTagger
        let frequencies: WordFrequencies
        do {
            tagger = try EntityTagger.bundled()
            frequencies = try WordFrequencies.bundled()
        } catch {
            throw CommandIO.failure("cannot load the entity model: \(error)")
        }
        return EntityExtractor(tagger: tagger, frequencies: frequencies, aliases: try loadAliases())
    }

    private func printReview(root: String) throws {
        let content = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL.appendingPathComponent("Content")
        let review = EntityReview.rows(content: content, extractor: try extractor())
        var output = "status\ttype\tname\tarticles\tmentions\tconfidence\n"
        for row in review.rows {
            let status = row.leftOut.map { "left out: \($0.rawValue)" } ?? "page"
            let confidence = row.confidence.map { String(format: "%.1f", $0) } ?? "rule"
            output += "\(status)\t\(row.type.tagLabel)\t\(row.name)\t\(row.articles)\t\(row.mentions)\t\(confidence)\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        for diagnostic in review.diagnostics { CommandIO.printToStandardError("error: \(diagnostic)") }
        if !review.diagnostics.isEmpty { throw ExitCode.failure }
    }

    private func printArticleEntities(root: String) throws {
        let options = BuildOptions(root: URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL)
        let lists: [ArticleEntities]
        do {
            lists = try SiteBuild.articleEntities(options)
        } catch let failure as BuildFailure {
            for diagnostic in failure.diagnostics { CommandIO.printToStandardError("error: \(diagnostic)") }
            throw ExitCode.failure
        }
        struct Line: Encodable {
            struct Entry: Encodable {
                var type: String
                var name: String
            }
            var id: String
            var entities: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = ""
        for list in lists {
            let id = URL(fileURLWithPath: list.path).deletingPathExtension().lastPathComponent
            let line = Line(id: id, entities: list.entities.map { Line.Entry(type: $0.type.tagLabel, name: $0.name) })
            output += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The alias file named by --aliases (which must exist) or found under --root (optional there).
    private func loadAliases() throws -> EntityAliases {
        let file: URL
        let shownPath: String
        if let aliases {
            guard FileManager.default.fileExists(atPath: aliases) else {
                throw CommandIO.failure("\(aliases): no such alias file")
            }
            file = URL(fileURLWithPath: aliases)
            shownPath = aliases
        } else if let root {
            file = URL(fileURLWithPath: root).appendingPathComponent(EntityAliasFile.relativePath)
            shownPath = EntityAliasFile.relativePath
        } else {
            return .none
        }
        switch EntityAliasFile.load(from: file, path: shownPath) {
        case .success(let loaded):
            return loaded
        case .failure(let failure):
            for diagnostic in failure.diagnostics { CommandIO.printToStandardError("error: \(diagnostic)") }
            throw ExitCode.failure
        }
    }
}
