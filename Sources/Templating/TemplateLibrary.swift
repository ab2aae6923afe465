/// Named templates that can include each other as partials and parents.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]
    private let prepared: [String: [RenderNode]]

    /// `templates` maps a name (the one partial and parent tags use, e.g. `partials/header`) to its template.
    public init(_ templates: [String: Template]) {
        self.templates = templates
        prepared = templates.mapValues(\.renderNodes)
    }

    public subscript(name: String) -> Template? {
        templates[name]
    }

    /// The template called `name` rendered with `value` as its context; nil when there is no such template.
    public func render(_ name: String, with value: TemplateValue) -> String? {
        guard let nodes = prepared[name] else { return nil }
        var renderer = TemplateRenderer(templates: prepared, root: value)
        renderer.render(nodes)
        return renderer.output
    }
}
