import Foundation

/// The site's settings, read from `mujaz.yml` at the site root.
public struct SiteConfig: Sendable, Equatable {
    /// The file name of the config at the site root.
    public static let fileName = "mujaz.yml"
    /// What `items_per_page` and `summary_sentences` may be: enough for any site, small enough that no page
    /// arithmetic can overflow.
    static let itemsPerPageRange = 1...1000
    static let summarySentencesRange = 1...20

    public var title: String
    public var description: String
    /// Absolute URL the site is published at, always ending in `/` (e.g. `https://example.org/news/`).
    public var baseURL: String
    public var language: String
    public var direction: String
    public var itemsPerPage: Int
    public var dateStyle: DateStyle
    /// How many sentences an extractive summary keeps (used by import and as the fallback summary).
    public var summarySentences: Int
    /// Whether the search index holds the articles' whole text, not only titles, summaries and entities
    /// (`search_bodies`); an edit to a body then rebuilds the site and its index in full.
    public var searchBodies: Bool
    /// Keys of the config file that Mujaz does not know, passed to templates as `site.params`.
    public var params: [String: FrontMatterValue]

    public init(
        title: String = "موجز",
        description: String = "موجز الأخبار",
        baseURL: String = "http://localhost:8080/",
        language: String = "ar",
        direction: String = "rtl",
        itemsPerPage: Int = 10,
        dateStyle: DateStyle = DateStyle(),
        summarySentences: Int = 2,
        searchBodies: Bool = false,
        params: [String: FrontMatterValue] = [:]
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.direction = direction
        self.itemsPerPage = itemsPerPage
        self.dateStyle = dateStyle
        self.summarySentences = summarySentences
        self.searchBodies = searchBodies
        self.params = params
    }
}

extension SiteConfig {
    /// The config of the site under `root` (the defaults when it has no `mujaz.yml`), or its problems.
    /// The config a build with these options uses (`BuildOptions.baseURL` overrides `base_url`).
    public static func load(for options: BuildOptions) -> Result<SiteConfig, BuildFailure> {
        SiteConfigLoader.load(from: options.configFile, path: fileName, baseURLOverride: options.baseURL)
    }
}
