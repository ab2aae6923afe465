import ArgumentParser
import Enrichment
import Foundation

/// `mujaz summarize --jsonl`: one summary per input line, in input order; a bad line is
/// reported with its number and the others are still summarized.
struct JSONLinesSummaries {
    var length: SummaryLength
    var summarizer = Summarizer()

    func run(path: String) throws {
        let text = try CommandIO.readText(at: path)
        var failures = 0
        // Lines split on bytes: splitting a large file by Characters costs as much as summarizing it.
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"], let articleText = object["text"] as? String else {
                CommandIO.printToStandardError("error: \(path):\(index + 1): expected a JSON object with \"id\" and \"text\"")
                failures += 1
                continue
            }
            let summary = summarizer.summarize(text: articleText, title: object["title"] as? String, length: length)
                .joined(separator: " ")
            let output = try JSONSerialization.data(
                withJSONObject: ["id": id, "summary": summary], options: [.sortedKeys, .withoutEscapingSlashes]
            )
            FileHandle.standardOutput.write(output + Data("\n".utf8))
        }
        if failures > 0 { throw ExitCode.failure }
    }
}
