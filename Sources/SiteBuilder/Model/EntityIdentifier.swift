import Enrichment

/// How a written name is identified (Enrichment's `EntityNormalizer.identify`); nil drops the name.
typealias EntityIdentifier = @Sendable (_ name: String, _ type: EntityType) -> EntityIdentity?
