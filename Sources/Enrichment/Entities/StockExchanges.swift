import ArabicText

/// Stock exchanges, which news names by their city or country: `بورصة` before a place (`بورصة الرياض`,
/// `بورصة نيويورك`), and `سوق` before a place and the adjective or purpose that makes it a financial market
/// (`سوق دبي المالي`, `سوق مسقط للأوراق المالية`). The whole phrase is an organization, over the place the tagger
/// made of its city; the heads alone only describe (`البورصة`, `سوق العمل`, `سوق دبي` for its shops).
enum StockExchanges {
    /// The heads' forms behind clitics (`ببورصة`, `وسوق`), by `FeatureHash`: every word of every article is looked up.
    private static let exchangeHeads = HashIndex(forms: EntityVocabulary.withClitics(KeySet([MatchingKey.of("بورصة")])))
    private static let marketHeads = HashIndex(forms: EntityVocabulary.withClitics(KeySet([MatchingKey.of("سوق")])))
    /// What follows a market's place in its name, longest first.
    private static let marketEndings = [["للأوراق", "المالية"], ["المالي"], ["المالية"]].map { $0.map { MatchingKey.of($0) } }

    /// `hashes` are the `FeatureHash` of `keys`.
    static func filling(_ tags: [String], keys: [String], hashes: [UInt64]) -> [String] {
        var tags = tags
        var index = 0
        while index < keys.count {
            let isExchange = exchangeHeads.position(of: hashes[index]) != nil
            guard isExchange || marketHeads.position(of: hashes[index]) != nil, let placeLength = placeLength(at: index + 1, keys: keys) else {
                index += 1
                continue
            }
            var end = index + 1 + placeLength
            if !isExchange {
                guard let ending = marketEndings.first(where: { keys[end...].starts(with: $0) }) else {
                    index += 1
                    continue
                }
                end += ending.count
            }
            SpanTags.mark(&tags, index..<end, label: "ORG")
            SpanTags.restart(&tags, at: end)
            index = end
        }
        return tags
    }

    /// How many words (two or one) the gazetteer's place that starts at `start` has, if one does.
    private static func placeLength(at start: Int, keys: [String]) -> Int? {
        [2, 1].first { length in
            start + length <= keys.count && Gazetteer.place(forKey: keys[start..<(start + length)].joined(separator: " ")) != nil
        }
    }
}
