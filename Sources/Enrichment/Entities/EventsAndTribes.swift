import ArabicText

/// A tournament, a prize or a festival is named after its head by a name that is no person's here
/// (`بطولة رولان غاروس`, `جائزة نوبل`, `مهرجان كان`), and so is a tribe or a clan after `بني` (`بني هاشم`,
/// `بنى سعد`): the tagger reads the name alone and takes it for a person. Events and groups are no entity of the
/// site, so such a span is dropped.
enum EventsAndTribes {
    static func dropping(_ tags: [String], keys: [String]) -> [String] {
        var tags = tags
        for start in keys.indices.dropFirst() where tags[start] == "B-PERS" && EntityVocabulary.eventAndTribeHeadForms.contains(keys[start - 1]) {
            var end = start + 1
            while end < tags.count, tags[end] == "I-PERS" { end += 1 }
            for position in start..<end { tags[position] = "O" }
        }
        return tags
    }
}
