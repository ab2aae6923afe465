import ArgumentParser
import Enrichment
import Foundation

struct SummarizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Print an extractive summary: whole sentences of the text, in its order.",
        discussion: """
            Reads plain text (paragraphs separated by blank lines) from FILE, or standard input, and \
            prints the chosen sentences one per line in document order. With --jsonl FILE, reads lines \
            {"id", "text", "title" (optional)} and writes lines {"id", "summary"} (the summary one string).
            """
    )

    @Option(help: "Number of sentences (default 2, as on the site).")
    var sentences: Int?

    @Option(help: "Whole sentences until about this many words.")
    var words: Int?

    @Option(help: "A JSON Lines file of articles to summarize.")
    var jsonl: String?

    @Option(
        help: ArgumentHelp("Scoring weights name=value,... (for scripts/fit_summarizer.py).", visibility: .hidden),
        transform: { text in
            guard let weights = SummaryWeights(overrides: text) else {
                throw ValidationError("--weights: expected name=value,... with known names and numbers")
            }
            return weights
        }
    )
    var weights: SummaryWeights = .standard

    @Argument(help: "A plain-text article (default: standard input).")
    var file: String?

    func validate() throws {
        if sentences != nil && words != nil {
            throw ValidationError("give --sentences or --words, not both")
        }
        if let count = sentences ?? words, count < 1 {
            throw ValidationError("the summary length must be at least 1")
        }
        if jsonl != nil && file != nil {
            throw ValidationError("give FILE or --jsonl, not both")
        }
    }

    var length: SummaryLength {
        if let words { return .words(words) }
        return sentences.map(SummaryLength.sentences) ?? .site
    }

    func run() async throws {
        if let jsonl {
            try JSONLinesSummaries(length: length, summarizer: Summarizer(weights: weights)).run(path: jsonl)
            return
        }
        let text = try CommandIO.readText(at: file)
        for sentence in Summarizer(weights: weights).summarize(text: text, length: length) {
            print(sentence.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
    }
}
