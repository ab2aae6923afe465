/// IOB2 tags written over a sentence's tags by the rules after the tagger.
enum SpanTags {
    /// `range` as one span of `label` (`PERS`, `ORG`, `LOC`).
    static func mark(_ tags: inout [String], _ range: Range<Int>, label: some StringProtocol) {
        for position in range { tags[position] = (position == range.lowerBound ? "B-" : "I-") + label }
    }

    /// A span of the tagger's that ran on into `position` past a name a rule wrote before it starts again there.
    static func restart(_ tags: inout [String], at position: Int) {
        if position < tags.count, tags[position].hasPrefix("I-") { tags[position] = "B-" + tags[position].dropFirst(2) }
    }
}
