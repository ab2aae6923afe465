import Enrichment

/// Where every page lives, as output paths (`articles/x/index.html`) and as links that work at the
/// domain root or under a subfolder (the base URL's path is their prefix).
struct SitePaths: Sendable {
    /// `https://example.org/news/`.
    let baseURL: String
    /// `/news/`.
    let rootPath: String

    init(baseURL: String) {
        // Links are handed to templates as safe text, so the base URL may not bring HTML-special characters.
        let safeBase = Self.encodingUnsafeCharacters(baseURL)
        self.baseURL = safeBase
        let afterScheme = safeBase.range(of: "://").map { safeBase[$0.upperBound...] } ?? safeBase[...]
        let path = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
        self.rootPath = path.hasSuffix("/") ? path : path + "/"
    }

    // Folders (relative to the output root, ending in "/" or empty for the home page).
    func article(_ slug: String) -> String { "articles/\(slug)/" }
    func entity(_ type: EntityType, _ slug: String) -> String { "\(type.frontMatterKey)/\(slug)/" }
    func briefing(_ day: CalendarDay) -> String { "briefings/\(day.isoString)/" }
    let home = ""
    let directory = "entities/"
    let briefings = "briefings/"
    let search = "search/"

    /// Page `number` (1-based) of a paginated folder.
    func paginated(_ folder: String, page number: Int) -> String {
        number == 1 ? folder : "\(folder)page/\(number)/"
    }

    func feed(of folder: String) -> String { "\(folder)feed.xml" }

    /// The output file of a folder page.
    func file(of folder: String) -> String { folder + "index.html" }

    /// Root-relative link, percent-encoded: `/news/articles/%D8%A7/`.
    func link(_ path: String) -> String { rootPath + URLSlug.percentEncoded(path) }

    /// Percent-encodes what HTML or a URL cannot hold as it is (`<>&"'`, spaces, non-ASCII), keeping the rest.
    static func encodingUnsafeCharacters(_ url: String) -> String {
        URLSlug.percentEncoded(url) { byte in byte > 0x20 && byte < 0x7F && !"<>&\"'".utf8.contains(byte) }
    }

    /// Absolute URL, percent-encoded, for feeds, the sitemap and canonical links.
    func absolute(_ path: String) -> String { baseURL + URLSlug.percentEncoded(path) }
}
