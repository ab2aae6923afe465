/// Why the preview server asks for a build.
public enum BuildTrigger: Sendable, Equatable {
    /// The server just started: build everything.
    case startup
    /// These files (absolute paths) were created, changed, renamed or deleted since the last build.
    case changes(Set<String>)
}

/// The site engine as the preview server sees it: build the site into `Public/` and say how it went.
public typealias PreviewBuild = @Sendable (BuildTrigger) async -> RebuildOutcome
