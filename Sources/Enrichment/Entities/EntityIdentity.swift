/// What one written name stands for: its type, matching key and cleaned display form.
public struct EntityIdentity: Sendable, Hashable {
    public var type: EntityType
    /// `MatchingKey.of(name)`.
    public var key: String
    /// The written form without clitics, titles and generic heads, or the alias file's name for it.
    public var name: String

    public init(type: EntityType, key: String, name: String) {
        self.type = type
        self.key = key
        self.name = name
    }
}
