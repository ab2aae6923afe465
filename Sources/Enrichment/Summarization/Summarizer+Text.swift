import ArabicText
import Foundation

extension Summarizer {
    private static let splitter = SentenceSplitter()

    /// Summarizes running text whose paragraphs are separated by blank lines.
    public func summarize(
        text: String,
        title: String? = nil,
        entityNames: [String] = [],
        length: SummaryLength
    ) -> [String] {
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .split { $0.allSatisfy(\.isWhitespace) }
            .map { lines in Self.splitter.strings(in: lines.joined(separator: "\n")) }
        return summarize(paragraphs: paragraphs, title: title, entityNames: entityNames, length: length)
    }
}
