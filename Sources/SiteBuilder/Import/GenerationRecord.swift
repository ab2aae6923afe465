import Yams

/// The `mujaz:` block of an imported article's front matter: which Mujaz and which entity
/// model generated the fields, the text they came from, and a fingerprint of each field as
/// generated. A field whose value no longer matches its fingerprint was edited by a person,
/// and no command touches it again.
struct GenerationRecord: Sendable, Hashable {
    static let key = "mujaz"

    var generator: String
    var model: String
    /// Fingerprint of the raw `.txt` bytes the article was imported from.
    var source: String
    /// Field name → fingerprint of the value Mujaz wrote.
    var fingerprints: [String: String]

    init(generator: String, model: String, source: String, fields: [(key: String, value: FieldValue)]) {
        self.generator = generator
        self.model = model
        self.source = source
        fingerprints = Dictionary(fields.map { ($0.key, $0.value.fingerprint) }, uniquingKeysWith: { $1 })
    }

    /// Nil when the node is not a record Mujaz wrote (missing, or reshaped by hand).
    init?(node: Node?) {
        guard let mapping = node?.mapping,
              let generator = mapping["generator"]?.scalar?.string,
              let model = mapping["model"]?.scalar?.string,
              let source = mapping["source"]?.scalar?.string,
              let generated = mapping["generated"]?.mapping else { return nil }
        var fingerprints: [String: String] = [:]
        for (key, value) in generated {
            guard let name = key.scalar?.string, let fingerprint = value.scalar?.string else { return nil }
            fingerprints[name] = fingerprint
        }
        self.generator = generator
        self.model = model
        self.source = source
        self.fingerprints = fingerprints
    }

    /// Whether `value` is exactly what Mujaz generated for `key`.
    func isGenerated(_ key: String, value: FieldValue?) -> Bool {
        guard let value, let fingerprint = fingerprints[key] else { return false }
        return value.fingerprint == fingerprint
    }

    /// Fingerprints in the order of `order`, then any others by name, so output is stable.
    func node(order: [String]) -> Node {
        let ordered = order.filter { fingerprints[$0] != nil } + fingerprints.keys.filter { !order.contains($0) }.sorted()
        return Node.mapping([
            (Node.text("generator"), Node.text(generator)),
            (Node.text("model"), Node.text(model)),
            (Node.text("source"), Node.text(source)),
            (Node.text("generated"), Node.mapping(ordered.map { (Node.text($0), Node.text(fingerprints[$0] ?? "")) })),
        ])
    }
}
