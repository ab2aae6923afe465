import ArabicText

/// The title of an article whose text has none (wire copy starts with its first paragraph): the first
/// sentence of that paragraph, without a leading dateline, cut to a headline's length at a word boundary.
enum GeneratedTitle {
    /// Headlines rarely run longer.
    static let maximumWords = 12
    /// A dateline ends within this many words of the paragraph's start.
    static let datelineSearchWords = 10

    /// Words a headline does not end on: cut after them, the title would stop mid-phrase.
    private static let danglingWords: Set<String> = [
        "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "و", "أو", "او", "ثم", "بين", "بعد", "قبل",
        "حتى", "منذ", "عند", "خلال", "التي", "الذي", "الذين", "التى", "لدى", "نحو", "ضد", "حول", "دون", "لا", "لم", "لن", "قد",
    ]

    static func title(from paragraph: String) -> String {
        let text = withoutDateline(paragraph)
        let sentence = SentenceSplitter().strings(in: text).first ?? String(text)
        var words = sentence.split(separator: " ").prefix(maximumWords)
        if words.count == maximumWords {
            while words.count > 1, let last = words.last, danglingWords.contains(String(last)) { words.removeLast() }
        }
        var title = words.joined(separator: " ")
        while let last = title.last, last.isPunctuation || last.isWhitespace { title.removeLast() }
        return title.isEmpty ? sentence : title
    }

    /// The paragraph after a dateline that opens it (`القاهرة - 5 ديسمبر 2026 - `, `القاهرة، ٥ ديسمبر ٢٠٢٦ — `,
    /// `القاهرة في 5/12/2026: `, `القاهرة (رويترز) - `); the paragraph itself when it opens otherwise.
    static func withoutDateline(_ paragraph: String) -> Substring {
        let words = paragraph.split(separator: " ", maxSplits: datelineSearchWords, omittingEmptySubsequences: true)
        var creditEnd: Substring.Index?
        for index in words.indices.prefix(datelineSearchWords) where index > 0 {
            let word = words[index]
            let prefix: Substring
            if ["-", "–", "—", "ـ"].contains(word) {
                prefix = paragraph[..<words[index - 1].endIndex]
            } else if word.hasSuffix(":") {
                prefix = paragraph[..<word.index(before: word.endIndex)]
            } else {
                continue
            }
            let rest = paragraph[word.endIndex...].drop { $0 == " " }
            if isDate(prefix) { return rest }
            // A place and an agency credit (`القاهرة (رويترز)`) count only when no date follows them.
            if creditEnd == nil, index <= 4, prefix.hasSuffix(")") { creditEnd = rest.startIndex }
        }
        return creditEnd.map { paragraph[$0...] } ?? Substring(paragraph)
    }

    private static func isDate(_ prefix: Substring) -> Bool {
        DateLine(parsing: String(prefix)) != nil
    }
}
