/// A span the tagger marked as a person, organization or place: the words as slices of the article.
struct EntityMention: Sendable, Hashable {
    var type: EntityType
    var words: [Substring]

    /// Reads IOB2 tags (`B-PERS`, `I-LOC`, …) over `words`. As in conlleval, an `I-` tag that does not continue
    /// an entity of its type starts one; `MISC` and unknown tags are not entities Mujaz links.
    static func spans(in words: [Substring], tags: [String]) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var current: (label: String, mention: EntityMention?)? = nil
        for (word, tag) in zip(words, tags) {
            // Most tokens are outside any entity.
            if tag == "O", current == nil { continue }
            let parts = tag.split(separator: "-", maxSplits: 1)
            let label = parts.count == 2 ? String(parts[1]) : nil
            if parts.first == "I", let open = current, open.label == label {
                current?.mention?.words.append(word)
                continue
            }
            if let finished = current?.mention { mentions.append(finished) }
            current = label.map { ($0, entityType(ofLabel: $0).map { EntityMention(type: $0, words: [word]) }) }
        }
        if let finished = current?.mention { mentions.append(finished) }
        return mentions
    }

    private static func entityType(ofLabel label: String) -> EntityType? {
        switch label {
        case "PERS", "PER": .person
        case "ORG": .organization
        case "LOC": .place
        default: nil
        }
    }
}
