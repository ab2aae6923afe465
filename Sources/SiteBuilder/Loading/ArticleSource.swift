import Enrichment

/// One article as read from `Content/`: front matter decoded, body still Markdown.
struct ArticleSource: Sendable, Equatable {
    /// Path relative to the site root, as shown in errors (`Content/a.md`).
    var path: String
    var title: String
    var date: ArticleDate
    var slug: String?
    var summary: String?
    /// Entity names as written in front matter, per type.
    var names: [EntityType: [String]]
    var tags: [String]
    var draft: Bool
    /// Front-matter keys Mujaz does not interpret, kept for templates.
    var params: [String: FrontMatterValue]
    /// The body as written; nil when the article came from the build cache (its file is read again if needed).
    var markdown: String?
    /// XXH64 of the file's bytes: the article's identity in the build cache and in page render keys.
    var contentHash = ContentHash(value: 0)
}
