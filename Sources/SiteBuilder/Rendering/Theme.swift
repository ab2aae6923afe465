import Mustache

/// The parsed templates of a site and the static files (CSS) that go with them.
struct Theme: Sendable {
    /// One template file: its path for errors, and its tags for validation.
    struct TemplateFile: Sendable {
        var path: String
        var nodes: [TemplateNode]
    }

    var library: MustacheLibrary
    /// Template name (path under `Templates/` without `.mustache`) → file.
    var templates: [String: TemplateFile]
    /// Files copied to the output as they are, e.g. `style.css`.
    var assets: [OutputFile]
}
