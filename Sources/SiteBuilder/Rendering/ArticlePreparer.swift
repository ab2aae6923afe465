import Foundation

import ArabicText

/// Renders each article's Markdown and measures it: HTML body, word count, summary.
enum ArticlePreparer {
    static func prepare(_ sources: [ArticleSource], config: SiteConfig, parallel: Bool) -> [Article] {
        let splitter = SentenceSplitter()
        let prepare = { @Sendable (source: ArticleSource) -> Article in
            Article(
                source: source,
                slug: "",
                bodyHTML: MarkdownRenderer.html(from: source.markdown),
                wordCount: wordCount(source.markdown),
                summary: source.summary ?? leadSentences(of: source.markdown, count: config.summarySentences, splitter: splitter),
                entityIDs: []
            )
        }
        return parallel ? sources.concurrentMap(prepare) : sources.map(prepare)
    }

    /// Runs of letters or digits separated by anything else; Markdown markup does not count.
    static func wordCount(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordScalar && !inWord { words += 1 }
            inWord = isWordScalar || (inWord && scalar.properties.generalCategory == .nonspacingMark)
        }
        return words
    }

    /// The first sentences of the first paragraph that is not a heading, list or quote: the lead.
    static func leadSentences(of markdown: String, count: Int, splitter: SentenceSplitter) -> String {
        let paragraphs = markdown.split(separator: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let lead = paragraphs.first(where: { paragraph in
            guard let first = paragraph.first else { return false }
            return !"#>-*|`<![0123456789".contains(first)
        }) else { return "" }
        return splitter.strings(in: lead).prefix(count).joined(separator: " ")
    }
}
