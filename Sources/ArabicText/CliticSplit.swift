/// A word cut into its proclitics and stem, every part a slice of the original word.
public struct CliticSplit: Sendable, Hashable {
    /// و or ف.
    public var conjunction: Substring?
    /// ب، ل or ك.
    public var preposition: Substring?
    /// ال, or the single ل of لل whose alef the preposition ل elides (`للقاهرة`).
    public var article: Substring?
    /// The word without any proclitic.
    public var stem: Substring

    public var proclitics: [Substring] {
        [conjunction, preposition, article].compactMap { $0 }
    }

    /// The word as it is written standing alone: conjunction and preposition gone, the article kept, with
    /// the alef that لل elides written back (`وإسرائيل` → `إسرائيل`, `للقاهرة` → `القاهرة`). Names are
    /// identified by this form.
    public var standaloneForm: String {
        guard let article else { return String(stem) }
        return article.count == 1 ? "\u{0627}" + String(article) + String(stem) : String(article) + String(stem)
    }
}

extension CliticSplit {
    /// The word with no clitic taken off.
    public init(wholeWord word: Substring) {
        self.init(conjunction: nil, preposition: nil, article: nil, stem: word)
    }
}
