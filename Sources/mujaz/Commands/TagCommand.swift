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
            """
    )

    @Argument(help: "The tokens to tag; standard input when omitted.")
    var file: String?

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
        do {
            tagger = try EntityTagger.bundled()
        } catch {
            throw CommandIO.failure("cannot load the entity model: \(error)")
        }
        var tags = tagger.tagDocument(columns.sentences).joined().makeIterator()
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
