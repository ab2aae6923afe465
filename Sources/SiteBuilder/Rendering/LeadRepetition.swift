/// Whether an article's body opens with its summary: a lead summary (the first sentences, or a front-matter summary
/// copied from them) would then be read twice at the top of the article page. A summary of other sentences, key
/// points that are not the opening, is worth showing above the body.
enum LeadRepetition {
    /// How far into the body the summary may start: past a dateline (`القاهرة - 5 ديسمبر 2026 -`), not further.
    static let openingSlack = 120

    static func bodyOpens(withSummary summary: String, bodyHTML: String) -> Bool {
        let wanted = collapsed(summary)
        guard !wanted.isEmpty else { return true }
        let opening = collapsed(textOfHTML(bodyHTML, upTo: wanted.count + openingSlack))
        guard let found = opening.range(of: wanted) else { return false }
        return opening.distance(from: opening.startIndex, to: found.lowerBound) <= openingSlack
    }

    /// The text of `html`: tags dropped (a block's end counts as a space), the entities cmark writes decoded; at
    /// least `limit` characters of it when the body is that long.
    private static func textOfHTML(_ html: String, upTo limit: Int) -> String {
        var text = ""
        // Counted as it grows: `String.count` walks the whole string, once per character would be quadratic.
        var length = 0
        var inTag = false
        var entity: String?
        for character in html {
            if length >= limit * 2 { break }
            switch character {
            case "<": inTag = true
            case ">":
                inTag = false
                text.append(" ")
                length += 1
            case "&" where !inTag: entity = ""
            case ";" where entity != nil:
                text.append(entities[entity!] ?? "&\(entity!);")
                length += 1
                entity = nil
            default:
                guard !inTag else { continue }
                if entity != nil {
                    entity!.append(character)
                } else {
                    text.append(character)
                    length += 1
                }
            }
        }
        return text
    }

    private static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "#x27": "'"]

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
