/// An entity the rules found in an article, and why it gets no page when it gets none.
public struct ReviewedEntity: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// A one-word name the training text knows as a common word.
        case commonWord = "a common word"
        /// A one-word name the article uses at least twice as often as a plain word as it names it.
        case mostlyPlainWord = "mostly a plain word here"
        /// A one-word person or organization said once that no list knows as a name.
        case unknownSingleWord = "said once, known to no list"
        /// A one-word person or organization with the article that no list or training text knows as a name.
        case definiteNoun = "a noun with the article"
        /// A one-word name said once that the model itself was unsure of.
        case doubtfulSingleWord = "said once, the model unsure"
    }

    public var entity: CanonicalEntity
    /// Nil: the entity gets a page.
    public var leftOut: Reason?
}
