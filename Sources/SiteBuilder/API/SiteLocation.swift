/// Where a site is published, as its pages write it: the absolute base URL of feeds, canonical links and the
/// sitemap, and the path every link starts with.
public struct SiteLocation: Sendable, Equatable {
    /// `https://example.org/news/`, percent-encoded as in the pages.
    public let baseURL: String
    /// `/news/`, percent-encoded; `/` for a site at the domain's root.
    public let rootPath: String

    /// - Parameter baseURL: the config's `base_url`.
    public init(baseURL: String) {
        let paths = SitePaths(baseURL: baseURL)
        self.baseURL = paths.baseURL
        rootPath = paths.rootPath
    }
}
