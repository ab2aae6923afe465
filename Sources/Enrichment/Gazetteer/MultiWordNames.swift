import ArabicText

/// Names of several words that are one organization wherever they stand (clubs, armed groups): found in a
/// sentence by the hash of their first word's forms behind clitics (`وبايرن`, `لقوات`) and the keys of the words
/// after it. Every token is looked up, so by hash.
struct MultiWordNames: Sendable {
    private let firstWordForms: HashIndex
    /// For each first-word form, the keys of the other words of its names, longest name first.
    private let rests: [[[String]]]

    init(_ names: some Sequence<Substring>) {
        var byForm: [UInt64: [[String]]] = [:]
        for name in names {
            let keys = name.split(separator: " ").map { MatchingKey.of($0) }
            guard keys.count > 1 else { continue }
            for form in CliticForms.of(keys[0]) { byForm[FeatureHash.of(form), default: []].append(Array(keys.dropFirst())) }
        }
        let hashes = byForm.keys.sorted()
        firstWordForms = HashIndex(keys: hashes)
        rests = hashes.map { byForm[$0]!.sorted { $0.count > $1.count } }
    }

    /// The tags with every name marked as `label`, whatever the tagger made of its words, unless it stands inside a
    /// longer name of that label (`اللجنة الدولية للصليب الأحمر`). A span of the tagger's that ran on past the name
    /// starts again after it (`ميونخ هاري كين` → `هاري كين`). `hashes` are the `FeatureHash` of `keys`.
    func marking(_ tags: [String], label: String, keys: [String], hashes: [UInt64]) -> [String] {
        var tags = tags
        var index = 0
        let inside = "I-" + label
        while index < keys.count {
            guard tags[index] != inside, let found = firstWordForms.position(of: hashes[index]),
                  let rest = rests[found].first(where: { index + $0.count < keys.count && keys[(index + 1)...].starts(with: $0) })
            else {
                index += 1
                continue
            }
            let end = index + 1 + rest.count
            SpanTags.mark(&tags, index..<end, label: label)
            SpanTags.restart(&tags, at: end)
            index = end
        }
        return tags
    }
}
