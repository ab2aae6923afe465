import ArabicText
import Enrichment

/// The identity of every distinct name written in the articles' front matter, per type. Editors repeat the same
/// names across articles, so each is identified once; the build cache keeps them between builds.
struct NameIdentities: Sendable {
    struct Name: Hashable, Sendable {
        var type: EntityType
        var written: ByteKey
    }

    /// nil values: names that identify to nothing (banned, or only a title).
    private(set) var identities: [Name: EntityIdentity?]
    /// Whether `completed(for:…)` had to add or drop names, so the cache on disk is out of date.
    private(set) var changed = false

    init(_ identities: [Name: EntityIdentity?] = [:]) {
        self.identities = identities
    }

    /// These identities, completed with every name of `articles` not identified yet, and limited to those names.
    func completed(for articles: [Article], identify: EntityIdentifier, parallel: Bool) -> NameIdentities {
        var used = Set<Name>()
        for article in articles {
            for (type, names) in article.source.names {
                for written in names { used.insert(Name(type: type, written: ByteKey(written))) }
            }
        }
        let missing = used.filter { identities[$0] == nil }.sorted { ($0.type.rawValue, $0.written) < ($1.type.rawValue, $1.written) }
        let found = parallel
            ? missing.concurrentMap { identify($0.written.text, $0.type) }
            : missing.map { identify($0.written.text, $0.type) }
        var result: [Name: EntityIdentity?] = [:]
        result.reserveCapacity(used.count)
        for name in used where identities[name] != nil { result[name] = identities[name] }
        for (name, identity) in zip(missing, found) { result[name] = .some(identity) }
        var completed = NameIdentities(result)
        completed.changed = !missing.isEmpty || result.count != identities.count
        return completed
    }

    /// These identities with the spellings of one entity in different articles under one key (`SiteSpellings`),
    /// the names the alias file knows excepted: it decides those. Keys joined by an earlier build are undone
    /// first (an identity's own key is its name's), so the result depends only on the names.
    func joiningSpellings(isFixed: (String) -> Bool, generalText: () -> WordFrequencies) -> NameIdentities {
        var result = identities
        for (name, identity) in identities {
            guard var identity else { continue }
            identity.key = MatchingKey.of(identity.name)
            result[name] = .some(identity)
        }
        let movable = result.compactMap { name, identity -> (NameIdentities.Name, SiteSpellings.Name)? in
            guard let identity, !isFixed(identity.name) else { return nil }
            return (name, SiteSpellings.Name(type: identity.type, key: identity.key))
        }
        let distinct = Array(Set(movable.map(\.1))).sorted { ($0.type.rawValue, ByteKey($0.key)) < ($1.type.rawValue, ByteKey($1.key)) }
        let joinedKey = Dictionary(uniqueKeysWithValues: zip(distinct, SiteSpellings.joinedKeys(of: distinct, generalText: generalText)))
        for (name, spelling) in movable {
            guard let key = joinedKey[spelling], key != spelling.key, var identity = result[name] ?? nil else { continue }
            identity.key = key
            result[name] = .some(identity)
        }
        var joined = NameIdentities(result)
        joined.changed = true
        return joined
    }

    var count: Int { identities.count }
}
