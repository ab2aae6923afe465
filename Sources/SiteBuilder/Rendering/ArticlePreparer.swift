import Foundation

import ArabicText
import Enrichment

/// Renders each article's Markdown and measures it: HTML body, word count, summary.
enum ArticlePreparer {
    static func prepare(_ sources: [ArticleSource], config: SiteConfig, parallel: Bool) -> [Article] {
        let splitter = SentenceSplitter()
        let prepare = { @Sendable (source: ArticleSource) -> Article in
            let markdown = source.markdown ?? ""
            return Article(
                source: source,
                slug: "",
                bodyHTML: MarkdownRenderer.html(from: markdown),
                wordCount: wordCount(markdown),
                summary: SummaryCap.capped(source.summary ?? leadSentences(of: markdown, count: config.summarySentences, splitter: splitter)),
                entityIDs: []
            )
        }
        return parallel ? sources.concurrentMap(prepare) : sources.map(prepare)
    }

    /// An article from the build cache: measured when it was parsed, its HTML body left for later.
    static func prepare(_ cached: ArticleCache.Entry) -> Article {
        Article(source: cached.source, slug: "", bodyHTML: nil, wordCount: cached.wordCount, summary: cached.summary, entityIDs: [])
    }

    /// Runs of letters or digits separated by anything else; Markdown punctuation (`#`, `*`) does not count.
    static func wordCount(_ text: String) -> Int {
        // Decoded from the UTF-8 in place rather than through a string's scalar view: it runs over every article.
        Substring(text).withUTF8Scalars { scalars in
            var words = 0
            var inWord = false
            var position = 0
            while position < scalars.count {
                let (scalar, next) = scalars.scalar(at: position)
                position = next
                let isWordScalar = Self.isWordScalar(scalar)
                if isWordScalar && !inWord { words += 1 }
                // Combining marks start at U+0300; below that nothing continues a word but word scalars.
                inWord = isWordScalar || (inWord && scalar.value >= 0x0300 && scalar.properties.generalCategory == .nonspacingMark)
            }
            return words
        }
    }

    /// Arabic letters and ASCII are decided by range; only other scripts ask Unicode's properties.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x0621...0x063A, 0x0640...0x064A, 0x0660...0x0669, 0x0671...0x06D3: return true
        case 0...0x7F, 0x060C, 0x061B, 0x061F, 0x064B...0x065F, 0x066A...0x066D: return false
        default: return scalar.properties.isAlphabetic
        }
    }

    /// The first sentences of the first paragraph that is not a heading, list or quote: the lead.
    static func leadSentences(of markdown: String, count: Int, splitter: SentenceSplitter) -> String {
        // Lazily: only the paragraphs up to the lead are trimmed.
        let paragraphs = markdown.split(separator: "\n\n").lazy.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let lead = paragraphs.first(where: { paragraph in
            guard let first = paragraph.first else { return false }
            return !"#>-*|`<![0123456789".contains(first)
        }) else { return "" }
        return splitter.strings(in: lead).prefix(count).joined(separator: " ")
    }
}
