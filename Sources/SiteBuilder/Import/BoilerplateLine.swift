import ArabicText

/// Lines a newsroom's system pastes around the text: links to other stories (`اقرأ أيضا: …`, `شاهد أيضا`),
/// calls to share or subscribe, a lone `المصدر: …`. They stay in the body as written but are not the article's
/// own text, so summaries and entities leave them out. Each rule is narrow enough that running text does not
/// meet it: every such line is short, a link holds one sentence at most, and a call does not end one.
enum BoilerplateLine {
    /// Openings of a link to another story; the rest of the line is that story's headline: one sentence at most.
    private static let linkOpenings = ["اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا", "شاهد كذلك"]
    /// A link's headline is shorter; a longer line opening with `شاهد أيضا` is a paragraph that a scrape ran into it.
    static let maximumLinkWords = 25
    /// Openings of a call to share or subscribe, only on a short line that does not end a sentence.
    private static let callOpenings = [
        "شارك", "شاركوا", "تابعونا", "تابعنا", "اشترك", "اشتركوا", "للاشتراك", "share", "subscribe", "follow us",
    ]
    /// Openings of a credit, only on a short line that holds a colon.
    private static let creditOpenings = ["المصدر", "مصدر الخبر"]
    /// A short call or a credit has at most this many words.
    static let maximumShortLineWords = 10

    static func matches(_ line: String) -> Bool {
        // Every rule looks at the line's first words: keying them only is far cheaper than keying the line.
        let opening = MatchingKey.of(line.prefix(24))
        if linkOpenings.contains(where: { startsWithWords(opening, $0) }) {
            return line.split(separator: " ", maxSplits: maximumLinkWords).count <= maximumLinkWords
                && !line.dropLast().contains(where: sentenceEnds.contains)
        }
        let isCredit = creditOpenings.contains { startsWithWords(opening, $0) }
        guard isCredit || callOpenings.contains(where: { startsWithWords(opening, $0) }),
              line.split(separator: " ", maxSplits: maximumShortLineWords).count <= maximumShortLineWords else { return false }
        if isCredit { return line.contains(":") }
        guard let last = line.last else { return false }
        return !sentenceEnds.contains(last)
    }

    /// Calls may exclaim (`اشترك الآن!`), so only these end a sentence here.
    private static let sentenceEnds: Set<Character> = [".", "?", "؟"]

    /// Whether `key` starts with the words `words`, whole: `شارك` opens `شارك المقال`, not `شاركت`.
    private static func startsWithWords(_ key: String, _ words: String) -> Bool {
        guard key.hasPrefix(words) else { return false }
        return key.dropFirst(words.count).first.map { !$0.isLetter } ?? true
    }
}
