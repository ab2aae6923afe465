import Enrichment

/// One article as read from `Content/`: front matter decoded, body still Markdown.
struct ArticleSource: Sendable {
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
    var markdown: String
}
