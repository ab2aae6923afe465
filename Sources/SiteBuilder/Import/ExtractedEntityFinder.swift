import Dispatch
import Enrichment

/// The entity finder of the real pipeline: the bundled tagger behind `EntityExtractor`.
public struct ExtractedEntityFinder: EntityFinding {
    private let extractor: EntityExtractor

    /// Loads the bundled model; throws a clear error when it is missing or damaged.
    /// - Parameter aliases: the site's alias file, so names come out as the site spells them.
    public init(aliases: EntityAliases = .none) throws {
        // The model and the word list are each loaded once per process; loading them side by side, one per core,
        // halves the wait before the first article (errors are thrown by the calls below, which find them loaded).
        DispatchQueue.concurrentPerform(iterations: 2) { resource in
            if resource == 0 { _ = try? EntityTagger.bundled() } else { _ = try? WordFrequencies.bundled() }
        }
        extractor = EntityExtractor(tagger: try EntityTagger.bundled(), frequencies: try WordFrequencies.bundled(), aliases: aliases)
    }

    public var modelVersion: String { EntityTagger.modelVersion }

    /// The extractor already orders names by type, then most mentioned first.
    public func entityNames(in text: ArticleText) -> [EntityType: [String]] {
        Dictionary(grouping: extractor.entities(in: text), by: \.type).mapValues { $0.map(\.name) }
    }
}
