import ArgumentParser
import Enrichment
import Foundation

struct TagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag pre-tokenized Arabic text with named entities.",
        discussion: """
            Reads one token per line (anything after a TAB is ignored) with a blank line between sentences, \
            and prints token<TAB>tag for every line in the same order, tags being B-PERS I-PERS B-LOC I-LOC \
            B-ORG I-ORG B-MISC I-MISC O. Tokens are never re-tokenized.

            With --with-rules, the tags are those after the rules that add and lengthen spans, as the site's \
            entities see them (trigger words, place heads, gazetteer words, rulers' ordinals; docs/entities.md).
            """
    )

    @Argument(help: "The tokens to tag; standard input when omitted.")
    var file: String?

    @Flag(help: "Apply the rules that add and lengthen spans after the tagger.")
    var withRules = false

    func run() async throws {
        let path = file ?? "standard input"
        let data = file.map { FileManager.default.contents(atPath: $0) } ?? FileHandle.standardInput.readDataToEndOfFile()
        guard let input = data else { throw CommandIO.failure("\(path): cannot read the file") }
        let columns: ColumnFile
        do {
            columns = try ColumnFile(bytes: [UInt8](input), path: path)
        } catch {
            throw CommandIO.failure("\(error)")
        }
        let tagger: EntityTagger
        let frequencies: WordFrequencies
        do {
            tagger = try EntityTagger.bundled()
            frequencies = withRules ? try WordFrequencies.bundled() : .none
        } catch {
            throw CommandIO.failure("cannot load the entity model: \(error)")
        }
        let tagged = withRules
            ? EntityExtractor(tagger: tagger, frequencies: frequencies).tagsWithSpanRules(columns.sentences)
            : tagger.tagDocument(columns.sentences)
        var tags = tagged.joined().makeIterator()
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2)
        for row in columns.rows {
            if case .token(let token, _) = row, let tag = tags.next() {
                output.append(contentsOf: token.utf8)
                output.append(0x09)
                output.append(contentsOf: tag.utf8)
            }
            output.append(0x0A)
        }
        FileHandle.standardOutput.write(Data(output))
    }
}
