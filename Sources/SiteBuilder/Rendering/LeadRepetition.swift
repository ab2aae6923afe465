import ArabicText

/// Whether an article's body opens with its summary: a lead summary (the first sentences, or a front-matter summary
/// copied from them) would then be read twice at the top of the article page. A summary of other sentences, key
/// points that are not the opening, is worth showing above the body.
enum LeadRepetition {
    /// How far into the body the summary may start: past a dateline (`القاهرة - 5 ديسمبر 2026 -`), not further.
    static let openingSlack = 120

    /// Compares Unicode scalars with whitespace runs made one space: it runs for every article page, and walking
    /// characters (grapheme clusters) would cost several times as much.
    static func bodyOpens(withSummary summary: String, bodyHTML: String) -> Bool {
        let wanted = collapsed(summary.unicodeScalars)
        guard !wanted.isEmpty else { return true }
        let opening = collapsed(textOfHTML(bodyHTML, upTo: wanted.count + openingSlack))
        guard opening.count >= wanted.count else { return false }
        for start in 0...min(openingSlack, opening.count - wanted.count)
        where opening[start] == wanted[0] && opening[start..<start + wanted.count].elementsEqual(wanted) {
            return true
        }
        return false
    }

    /// The text of `html`: tags dropped (a tag counts as a space), the entities cmark writes decoded; at least
    /// `limit` scalars of it when the body is that long.
    private static func textOfHTML(_ html: String, upTo limit: Int) -> [Unicode.Scalar] {
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(limit * 2)
        var inTag = false
        var entity: String?
        for scalar in html.unicodeScalars {
            if text.count >= limit * 2 { break }
            switch scalar {
            case "<": inTag = true
            case ">":
                inTag = false
                text.append(" ")
            case "&" where !inTag: entity = ""
            case ";" where entity != nil:
                text.append(contentsOf: (entities[entity!] ?? "&\(entity!);").unicodeScalars)
                entity = nil
            default:
                guard !inTag else { continue }
                if entity != nil { entity!.unicodeScalars.append(scalar) } else { text.append(scalar) }
            }
        }
        return text
    }

    private static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "#x27": "'"]

    private static func collapsed(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in scalars {
            if ArabicLetters.isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return result
    }
}
