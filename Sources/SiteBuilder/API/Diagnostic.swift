/// One problem found in a site, reported as `path:line: message` so editors can jump to it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String
    /// The build step that found it (e.g. `loadArticles`), so a failure says where in the pipeline it stopped.
    public var step: String?

    public init(path: String, line: Int? = nil, message: String, step: String? = nil) {
        self.path = path
        self.line = line
        self.message = message
        self.step = step
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}

/// A build that found problems: every diagnostic of the build, so one run lists them all.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
