/// An article ready to render: its source, its URL segment, its HTML body and its resolved entities.
struct Article: Sendable {
    var source: ArticleSource
    /// The URL segment under `articles/`, unique in the site.
    var slug: String
    /// nil for an article taken from the build cache until its page has to be rendered (see `ArticleBodies`).
    var bodyHTML: String?
    var wordCount: Int
    /// The front-matter summary, or the body's first sentences when there is none.
    var summary: String
    /// Indexes into `SiteModel.entities`, in entity order (type, then name).
    var entityIDs: [Int]
    /// The name each of those entities goes by in this article, the spelling it writes: a page joins the
    /// spellings of several articles (`SiteSpellings`) and takes the most frequent one for its own name.
    var entityNames: [String] = []

    var title: String { source.title }
    var date: ArticleDate { source.date }
}
