import Enrichment

/// The front-matter fields Mujaz writes for an article, in the order they appear.
struct GeneratedFields: Sendable, Hashable {
    var title: String
    var date: String
    var slug: String
    /// The raw text's encoding when it was not UTF-8 (`windows-1256`, `iso-8859-6`, `UTF-16LE`, `UTF-16BE`).
    var sourceEncoding: String?
    var enrichment: ArticleEnrichment

    /// The keys before the enrichment's, in front-matter order.
    static let leadingKeys = ["title", "date", "slug", "source_encoding"]

    /// Keys and values in front-matter order.
    var fields: [(key: String, value: FieldValue)] {
        [("title", .text(title)), ("date", .text(date)), ("slug", .text(slug))]
            + (sourceEncoding.map { [("source_encoding", .text($0))] } ?? [])
            + enrichment.fields
    }
}
