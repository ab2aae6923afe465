import ArabicText

/// One entity written differently in different articles (`أمريكا` and `اميركا`, `الاتحاد السوفيتي` and `الاتحاد
/// السوفييتي`) gets one page. Within an article, naming both spellings is the evidence (`MentionLinker`); across
/// articles the spellings must agree more closely and bring evidence of their own:
/// - the same type and number of words, each word with the same `SpellingSkeleton` and the same first and last
///   letter, at least five letters in all, and never a person's single name (`محمد` and `محمود`, `بول` and `بويل`);
/// - the gazetteer knows one of the two, or general text writes each word in which they differ both ways
///   (`WordFrequencies`: `السوفيتي` and `السوفييتي` are both common spellings; `بأيون` is no spelling of `بون`).
/// A name joins its group's gazetteer spelling, else the spelling general text knows, else the first in byte order.
/// A state's official name joins its common name when another article names the place so (`OfficialNames`).
public enum SiteSpellings {
    public struct Name: Hashable, Sendable {
        public var type: EntityType
        /// The name's matching key (`MatchingKey.of`).
        public var key: String

        public init(type: EntityType, key: String) {
            self.type = type
            self.key = key
        }
    }

    private static let shortestName = 5

    /// For each name, the key of the spelling it joins, its own key when it joins none. `generalText` is asked
    /// only when two names could be one, since loading it takes a while.
    public static func joinedKeys(of names: [Name], rules: EntityRules = .current, generalText: () -> WordFrequencies) -> [String] {
        var groups: [String: [Int]] = [:]
        for (index, name) in names.enumerated() {
            guard let signature = signature(of: name) else { continue }
            groups[signature, default: []].append(index)
        }
        var joined = names.map(\.key)
        var frequencies: WordFrequencies?
        for members in groups.values where members.count > 1 {
            let general = frequencies ?? generalText()
            frequencies = general
            let words = members.map { names[$0].key.split(separator: " ") }
            let inGazetteer = members.map { Gazetteer.place(forKey: names[$0].key) != nil }
            let known = words.map { $0.allSatisfy { general.frequencyClass(of: $0) != nil } }
            // The spelling the others join: the gazetteer's, then one general text knows, then the first in byte order.
            let order = members.indices.sorted { lhs, rhs in
                if inGazetteer[lhs] != inGazetteer[rhs] { return inGazetteer[lhs] }
                if known[lhs] != known[rhs] { return known[lhs] }
                return ByteKey(names[members[lhs]].key) < ByteKey(names[members[rhs]].key)
            }
            let target = order[0]
            for other in order.dropFirst() {
                let differing = zip(words[target], words[other]).filter { $0 != $1 }
                let isProven = inGazetteer[target] || inGazetteer[other]
                    || differing.allSatisfy { general.frequencyClass(of: $0) != nil && general.frequencyClass(of: $1) != nil }
                if isProven { joined[members[other]] = names[members[target]].key }
            }
        }
        if rules.contains(.officialNames) { joinOfficialNames(names, into: &joined) }
        return joined
    }

    private static func joinOfficialNames(_ names: [Name], into joined: inout [String]) {
        var places: [String: Int] = [:]
        for (index, name) in names.enumerated() where name.type == .place { places[name.key] = places[name.key] ?? index }
        let common = names.map { name -> Int? in
            guard name.type == .place, name.key.contains(" ") else { return nil }
            return OfficialNames.commonNameKeys(of: name.key.split(separator: " ").map(String.init)).lazy.compactMap { places[$0] }.first
        }
        for (index, target) in common.enumerated() {
            if let target { joined[index] = joined[target] }
        }
    }

    /// What two spellings of one name share: type, and per word its skeleton, first and last letter; nil for a
    /// name too short or a person's single name.
    private static func signature(of name: Name) -> String? {
        let words = name.key.split(separator: " ").map(String.init)
        guard name.type != .person || words.count > 1,
              words.reduce(0, { $0 + $1.unicodeScalars.count }) >= shortestName else { return nil }
        let ends = words.map { word in "\(word.unicodeScalars.first!)\(word.unicodeScalars.last!)" }
        return ([name.type.rawValue] + SpellingSkeleton.of(words) + ends).joined(separator: "\u{1F}")
    }
}
