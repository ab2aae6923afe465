import ArabicText

/// A set of matching keys, looked up by their bytes (see `ByteKey`): the word lists of entity extraction
/// are asked about every word of every article.
struct KeySet: Sendable {
    private(set) var members: Set<ByteKey>

    init(_ keys: some Sequence<String>) {
        members = Set(keys.map(ByteKey.init))
    }

    private init(members: Set<ByteKey>) {
        self.members = members
    }

    func contains(_ key: String) -> Bool {
        members.contains(ByteKey(key))
    }

    func union(_ other: KeySet) -> KeySet {
        KeySet(members: members.union(other.members))
    }
}

extension HashIndex {
    /// The keys of `forms` by their `FeatureHash`, for membership tests on every word of an article (`position(of:)`
    /// of a word's key hash), which need neither a `ByteKey` nor `Hasher`.
    init(forms: KeySet) {
        self.init(keys: forms.members.map { FeatureHash.of($0.text) }.sorted())
    }
}
