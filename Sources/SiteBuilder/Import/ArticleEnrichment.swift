import Enrichment

/// What enrichment derives from an article's text: its summary and the names it mentions.
/// `mujaz enrich` refreshes exactly these fields.
struct ArticleEnrichment: Sendable, Hashable {
    var summary: String
    var names: [EntityType: [String]]

    static let keys = ["summary"] + EntityType.allCases.map(\.frontMatterKey)

    var fields: [(key: String, value: FieldValue)] {
        [("summary", .text(summary))] + EntityType.allCases.map { type in
            (type.frontMatterKey, .list(names[type] ?? []))
        }
    }
}
