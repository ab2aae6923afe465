import Templating

/// The parsed templates of a site and the static files (CSS) that go with them.
struct Theme: Sendable {
    /// One template file: its path for errors, the parsed template, its digest for render keys.
    struct TemplateFile: Sendable {
        var path: String
        var template: Template
        var digest: ContentHash

        var nodes: [TemplateNode] { template.nodes }
    }

    var library: TemplateLibrary
    /// Template name (path under `Templates/` without `.mustache`) → file.
    var templates: [String: TemplateFile]
    /// Files copied to the output as they are, e.g. `style.css`.
    var assets: [OutputFile]

    /// The page kind's template and every partial and parent it reaches, each once, in a stable order.
    func files(usedBy kind: PageKind) -> [TemplateFile] {
        var names: [String] = []
        var pending = [kind.templateName]
        while let name = pending.popLast() {
            guard !names.contains(name), let file = templates[name] else { continue }
            names.append(name)
            pending += Self.references(in: file.nodes)
        }
        return names.sorted().compactMap { templates[$0] }
    }

    private static func references(in nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .partial(let name, _, _):
                names.append(name)
            case .parent(let name, let children, _):
                names.append(name)
                names += references(in: children)
            case .section(_, _, let children, _), .block(_, let children, _):
                names += references(in: children)
            case .variable, .text:
                break
            }
        }
        return names
    }
}
