/// A span the tagger marked as a person, organization or place: the words as slices of the article.
struct EntityMention: Sendable, Hashable {
    var type: EntityType
    var words: [Substring]
    /// The model's mean margin over the span's words (`ScoredTag.margin`); infinite for spans a rule made.
    var confidence: Float = .infinity

    /// Reads IOB2 tags (`B-PERS`, `I-LOC`, …) over `words`. As in conlleval, an `I-` tag that does not continue
    /// an entity of its type starts one; `MISC` and unknown tags are not entities Mujaz links.
    /// `margins` are the model's margins of the tags (none: every span is certain).
    static func spans(in words: [Substring], tags: [String], margins: [Float] = []) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var current: (label: String, mention: EntityMention?)? = nil
        var marginSum: Float = 0
        func finish() {
            guard var finished = current?.mention else { return }
            if !margins.isEmpty { finished.confidence = marginSum / Float(finished.words.count) }
            mentions.append(finished)
        }
        for (position, (word, tag)) in zip(words, tags).enumerated() {
            // Most tokens are outside any entity.
            if tag == "O", current == nil { continue }
            let parts = tag.split(separator: "-", maxSplits: 1)
            let label = parts.count == 2 ? String(parts[1]) : nil
            let margin = position < margins.count ? margins[position] : 0
            if parts.first == "I", let open = current, open.label == label {
                current?.mention?.words.append(word)
                marginSum += margin
                continue
            }
            finish()
            marginSum = margin
            current = label.map { ($0, entityType(ofLabel: $0).map { EntityMention(type: $0, words: [word]) }) }
        }
        finish()
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
