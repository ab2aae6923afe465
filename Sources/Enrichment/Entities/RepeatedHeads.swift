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
            SpanTags.mark(&tags, end..<(end + 2), label: "ORG")
            SpanTags.restart(&tags, at: end + 2)
            start = end
        }
        return tags
    }
}
