/// One entity of an article after merging its mentions: the identity the site links pages by.
public struct CanonicalEntity: Sendable, Hashable, Codable {
    public var type: EntityType
    /// Display name: the most frequent written form once clitics, titles and generic heads are removed,
    /// or the name the alias file gives.
    public var name: String
    /// `MatchingKey.of(name)`: entities of one type with equal keys are one entity across the site.
    public var key: String
    public var mentions: Int
    /// The model's margin for its most confident mention (see `ScoredTag.margin`); nil when a rule or the alias
    /// file made one of its mentions, which is evidence enough.
    public var confidence: Float?

    public init(type: EntityType, name: String, key: String, mentions: Int, confidence: Float? = nil) {
        self.type = type
        self.name = name
        self.key = key
        self.mentions = mentions
        self.confidence = confidence
    }
}
