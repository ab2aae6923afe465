import SiteBuilder

/// What one build of the site ended with, as the preview server reports it to the terminal and to open pages.
public enum RebuildOutcome: Sendable {
    /// The site in `Public/` is up to date; `summary` is one line for the terminal (pages written, time taken).
    case succeeded(summary: String)
    /// Nothing was published; the last good site stays served and pages show these diagnostics.
    case failed(BuildFailure)
}
