import Enrichment

/// The front-matter fields Mujaz writes for an article, in the order they appear.
struct GeneratedFields: Sendable, Hashable {
    var title: String
    var date: String
    var slug: String
    var enrichment: ArticleEnrichment

    /// Keys and values in front-matter order.
    var fields: [(key: String, value: FieldValue)] {
        [("title", .text(title)), ("date", .text(date)), ("slug", .text(slug))] + enrichment.fields
    }
}
