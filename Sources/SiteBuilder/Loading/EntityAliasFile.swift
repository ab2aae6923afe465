import ArabicText
import Enrichment
import Foundation
import Yams

/// Reads a site's alias file, `Content/entities.yml`: editors' merges, renames, retypes and bans, which win over
/// the entity model. A missing file means no aliases; every mistake is a `path:line` diagnostic, all listed.
///
///     entities:
///       - name: دونالد ترامب            # display name (rename)
///         type: person                 # optional: forces the type (retype)
///         aliases: [ترمب, دونالد ترمب]   # other written forms of the same entity (merge)
///     ban:
///       - الحكومة المصرية               # never an entity, whatever its type
///       - name: الأمل
///         type: place                  # banned only as a place
public enum EntityAliasFile {
    public static let relativePath = "Content/entities.yml"

    /// `path` is how diagnostics name the file (usually relative to the site root).
    public static func load(from file: URL, path: String) -> Result<EntityAliases, BuildFailure> {
        let contents: Data?
        switch InputFileReading.optionalContents(of: file, path: path) {
        case .success(let data): contents = data
        case .failure(let diagnostic): return .failure(BuildFailure([diagnostic]))
        }
        guard let data = contents else { return .success(.none) }
        let text: String
        switch SourceText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic):
            return diagnostic.message == "empty file" ? .success(.none) : .failure(BuildFailure([diagnostic]))
        }
        do {
            guard let root = try YAMLText.compose(text) else { return .success(.none) }
            var reader = Reader(path: path)
            let aliases = reader.aliases(in: root)
            return reader.diagnostics.isEmpty ? .success(aliases) : .failure(BuildFailure(reader.diagnostics))
        } catch {
            return .failure(BuildFailure([YAMLErrorDiagnostic.make(error, path: path, firstLine: 1)]))
        }
    }

    private struct Reader {
        let path: String
        var diagnostics: [Diagnostic] = []
        /// Which line first claimed each written form (by matching key), to report a form claimed twice.
        private var claims: [String: Int] = [:]

        init(path: String) {
            self.path = path
        }

        mutating func fail(_ node: Node, _ message: String) {
            diagnostics.append(Diagnostic(path: path, line: node.mark?.line ?? 1, message: message))
        }

        mutating func aliases(in root: Node) -> EntityAliases {
            guard let mapping = root.mapping else {
                fail(root, "the alias file must be a mapping with 'entities:' and/or 'ban:'")
                return .none
            }
            var entries: [EntityAliases.Entry] = []
            var bans: [EntityAliases.Ban] = []
            for (keyNode, value) in mapping {
                switch keyNode.string {
                case "entities": entries = items(of: value, key: "entities").compactMap { entry(from: $0) }
                case "ban": bans = items(of: value, key: "ban").compactMap { ban(from: $0) }
                default: fail(keyNode, "unknown key '\(keyNode.string ?? "")'; expected 'entities' or 'ban'")
                }
            }
            return EntityAliases(entries: entries, bans: bans)
        }

        private mutating func items(of node: Node, key: String) -> [Node] {
            if node.null != nil { return [] }
            guard let sequence = node.sequence else {
                fail(node, "'\(key)' must be a list (items starting with '- ')")
                return []
            }
            return Array(sequence)
        }

        private mutating func entry(from node: Node) -> EntityAliases.Entry? {
            guard let mapping = node.mapping else {
                fail(node, "each item of 'entities' must be a mapping with 'name:' (and optional 'type:', 'aliases:')")
                return nil
            }
            var name: String?
            var type: EntityType?
            var aliases: [String] = []
            var written: [(String, Node)] = []
            for (keyNode, value) in mapping {
                switch keyNode.string {
                case "name":
                    name = self.name(value, key: "name")
                    if let name { written.append((name, value)) }
                case "type": type = entityType(value)
                case "aliases":
                    for item in items(of: value, key: "aliases") {
                        guard let alias = self.name(item, key: "aliases") else { continue }
                        aliases.append(alias)
                        written.append((alias, item))
                    }
                default: fail(keyNode, "unknown key '\(keyNode.string ?? "")' in an entity; expected name, type, aliases")
                }
            }
            guard let name else {
                fail(node, "entity without 'name:'")
                return nil
            }
            for (form, formNode) in written { claim(form, at: formNode) }
            return EntityAliases.Entry(name: name, type: type, aliases: aliases)
        }

        private mutating func ban(from node: Node) -> EntityAliases.Ban? {
            guard let mapping = node.mapping else { return self.name(node, key: "ban").map { EntityAliases.Ban(name: $0) } }
            var name: String?
            var type: EntityType?
            for (keyNode, value) in mapping {
                switch keyNode.string {
                case "name": name = self.name(value, key: "name")
                case "type": type = entityType(value)
                default: fail(keyNode, "unknown key '\(keyNode.string ?? "")' in a ban; expected name, type")
                }
            }
            guard let name else {
                fail(node, "ban without 'name:'")
                return nil
            }
            return EntityAliases.Ban(name: name, type: type)
        }

        private mutating func name(_ node: Node, key: String) -> String? {
            guard node.scalar != nil, let text = node.string,
                  !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                fail(node, "'\(key)' must be a non-empty name")
                return nil
            }
            return text
        }

        private mutating func entityType(_ node: Node) -> EntityType? {
            let text = node.string ?? ""
            if let type = EntityType.allCases.first(where: { $0.rawValue == text || $0.frontMatterKey == text }) {
                return type
            }
            fail(node, "unknown type '\(text)'; expected person, organization or place")
            return nil
        }

        private mutating func claim(_ form: String, at node: Node) {
            let key = MatchingKey.of(form)
            let line = node.mark?.line ?? 1
            if let first = claims[key] {
                fail(node, "'\(form)' already belongs to the entity on line \(first)")
            } else {
                claims[key] = line
            }
        }
    }
}
