/// A body's head repeated behind و names a second body of the same kind (`دار الشروق ودار الساقي`, `جامعة القاهرة
/// وجامعة الأزهر`, `البنك المركزي والبنك الأهلي`): where the tagger named no body there, the head and the
/// definite word after it are an organization, over what it made of them (it took `ودار` alone for a place).
enum RepeatedHeads {
    static func filling(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        var start = 0
        while start < keys.count {
            guard tags[start] == "B-ORG" else {
                start += 1
                continue
            }
            var end = start + 1
            while end < keys.count, tags[end] == "I-ORG" { end += 1 }
            // The second body: `و` and the first's head, then a definite word, where the tagger named no body.
            guard end - start >= 2, end + 1 < keys.count, tags[end] != "B-ORG", keys[end] == "و" + keys[start],
                  keys[end + 1].hasPrefix("ال") else {
                start = end
                continue
            }
            tags[end] = "B-ORG"
            tags[end + 1] = "I-ORG"
            // A span of the tagger's that ran on past the name starts again after it.
            if end + 2 < tags.count, tags[end + 2].hasPrefix("I-") { tags[end + 2] = "B-" + tags[end + 2].dropFirst(2) }
            start = end
        }
        return tags
    }
}
