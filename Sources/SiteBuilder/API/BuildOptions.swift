import Foundation

/// What one build reads and where it writes.
public struct BuildOptions: Sendable {
    /// The site folder: holds `mujaz.yml`, `Content/`, `Templates/`.
    public var root: URL
    /// Where pages go; `root/Public` unless given.
    public var output: URL
    /// Overrides the config's base URL (e.g. to publish under a subfolder).
    public var baseURL: String?
    /// Render on every core; off gives the serial build that parallel builds are checked against.
    public var parallel: Bool
    /// Publish a site without articles even when the last build published some.
    public var allowEmpty: Bool

    public init(root: URL, output: URL? = nil, baseURL: String? = nil, parallel: Bool = true, allowEmpty: Bool = false) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("Public", isDirectory: true)
        self.baseURL = baseURL
        self.parallel = parallel
        self.allowEmpty = allowEmpty
    }

    public var contentDirectory: URL { root.appendingPathComponent("Content", isDirectory: true) }
    public var templatesDirectory: URL { root.appendingPathComponent("Templates", isDirectory: true) }
    public var configFile: URL { root.appendingPathComponent(SiteConfig.fileName) }
    /// Any build cache lives here, never inside `Content/` or `Public/`.
    public var cacheDirectory: URL { root.appendingPathComponent(".mujaz", isDirectory: true) }
}
