import ArabicText
import Enrichment

/// `NameIdentities` kept in `SITE/.mujaz/entity-names` between builds, for one context: Mujaz's identity and
/// the alias file (which decides identities). In another context, or when damaged, the file is ignored.
enum NameIdentityCache {
    static let fileName = "entity-names"
    private static let signature = "mujaz-entity-names 1"

    static func load(from file: String, context: String) -> NameIdentities {
        guard var reader = ByteReader(file: file, signature: signature), reader.readString() == context,
              let count = reader.readCount()
        else {
            return NameIdentities()
        }
        var identities: [NameIdentities.Name: EntityIdentity?] = [:]
        identities.reserveCapacity(count)
        for _ in 0..<count {
            guard let type = reader.readString().flatMap(EntityType.init(rawValue:)), let written = reader.readString(),
                  let found = reader.readBool()
            else { return NameIdentities() }
            var identity: EntityIdentity?
            if found {
                guard let identityType = reader.readString().flatMap(EntityType.init(rawValue:)),
                      let key = reader.readString(), let name = reader.readString()
                else { return NameIdentities() }
                identity = EntityIdentity(type: identityType, key: key, name: name)
            }
            identities[NameIdentities.Name(type: type, written: ByteKey(written))] = .some(identity)
        }
        return reader.isAtEnd ? NameIdentities(identities) : NameIdentities()
    }

    static func save(_ names: NameIdentities, to file: String, context: String) throws(Diagnostic) {
        var writer = ByteWriter(signature: signature)
        writer.write(context)
        writer.write(names.count)
        for (name, identity) in names.identities {
            writer.write(name.type.rawValue)
            writer.write(name.written.text)
            writer.write(identity != nil)
            if let identity {
                writer.write(identity.type.rawValue)
                writer.write(identity.key)
                writer.write(identity.name)
            }
        }
        try writer.save(to: file)
    }
}
