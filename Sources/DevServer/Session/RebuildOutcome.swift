import SiteBuilder

/// What one build of the site ended with, as the preview server reports it to the terminal and to open pages.
public enum RebuildOutcome: Sendable {
    /// The site in `Public/` is up to date; `summary` is one line for the terminal (pages written, time taken).
    /// `site` is where its pages say it is published; without it the site is served at `/` as it is.
    case succeeded(summary: String, site: SiteLocation? = nil)
    /// Nothing was published; the last good site stays served and pages show these diagnostics.
    case failed(BuildFailure)
}
