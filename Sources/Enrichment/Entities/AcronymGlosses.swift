import ArabicText

/// News gives an organization's short name in brackets right after its full name: `وكالة الأنباء السعودية (واس)`,
/// `وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا)`. The short name is the same organization, not
/// another entity (the tagger often takes it for a place): its mentions, there and elsewhere in the article, count
/// for the full name.
enum AcronymGlosses {
    /// The bracketed word after an organization's name of two words or more, and that name, as token positions.
    struct Gloss: Equatable {
        var name: ClosedRange<Int>
        var acronym: Int
    }

    private static let longestAcronym = 8

    static func glosses(tags: [String], words: [Substring]) -> [Gloss] {
        var glosses: [Gloss] = []
        var start = 0
        while start < tags.count {
            guard tags[start] == "B-ORG" else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < tags.count, tags[end + 1] == "I-ORG" { end += 1 }
            let acronym = end + 2
            if end > start, acronym + 1 < words.count, words[end + 1] == "(", words[acronym + 1] == ")",
               (2...longestAcronym).contains(words[acronym].count), words[acronym].allSatisfy(\.isLetter),
               WritingScript.of(word: words[acronym]) == .arabic {
                glosses.append(Gloss(name: start...end, acronym: acronym))
            }
            start = end + 1
        }
        return glosses
    }
}
