/// One token's tag with the model's margin for it (see `TaggerModel.scoredDocument`).
public struct ScoredTag: Sendable, Hashable {
    /// An `EntityTagSet` label.
    let tag: Int
    public let margin: Float

    /// The IOB2 name of the tag (`B-PERS`, `O`, …).
    public var name: String { EntityTagSet.iob2Name(of: tag) }
}
