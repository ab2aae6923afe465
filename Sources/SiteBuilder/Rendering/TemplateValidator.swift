import Templating

/// Checks templates against page models: Mustache renders a missing partial or an unknown variable as an
/// empty string without an error, so Mujaz walks every page template (following partials and parents) and
/// reports each such tag with its file and line.
struct TemplateValidator {
    let templates: [String: Theme.TemplateFile]

    func validate(_ kinds: [PageKind] = PageKind.allCases) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for kind in kinds {
            guard let file = templates[kind.templateName] else {
                let diagnostic = Diagnostic(path: "Templates/\(kind.templateName).mustache", message: "missing template for \(kind.rawValue) pages")
                if seen.insert(diagnostic).inserted { found.append(diagnostic) }
                continue
            }
            var walk = Walk(templates: templates, kind: kind)
            walk.visit(file.nodes, path: file.path, stack: [kind.schema], including: [kind.templateName])
            for diagnostic in walk.diagnostics where seen.insert(diagnostic).inserted {
                found.append(diagnostic)
            }
        }
        return found
    }

    private struct Walk {
        let templates: [String: Theme.TemplateFile]
        let kind: PageKind
        var diagnostics: [Diagnostic] = []

        init(templates: [String: Theme.TemplateFile], kind: PageKind) {
            self.templates = templates
            self.kind = kind
        }

        mutating func visit(_ nodes: [TemplateNode], path: String, stack: [TemplateSchema], including: Set<String>) {
            for node in nodes {
                switch node {
                case .variable(let name, let escaped, let line):
                    guard let schema = resolve(name, in: stack, path: path, line: line) else { continue }
                    if !escaped, schema != .html, schema != .open, schema != .safeText {
                        report(path, line, "{{{\(name)}}} writes text without HTML escaping; use {{\(name)}}")
                    } else if escaped, schema == .html {
                        report(path, line, "'\(name)' is already HTML; use {{{\(name)}}} so it is not escaped twice")
                    }
                case .section(let name, let inverted, let children, let line):
                    guard let schema = resolve(name, in: stack, path: path, line: line) else { continue }
                    visit(children, path: path, stack: inverted ? stack : stack + scope(of: schema), including: including)
                case .block(_, let children, _):
                    visit(children, path: path, stack: stack, including: including)
                case .text:
                    continue
                case .partial(let name, _, let line), .parent(let name, _, let line):
                    if case .parent(_, let blocks, _) = node {
                        visit(blocks, path: path, stack: stack, including: including)
                    }
                    guard let file = templates[name] else {
                        report(path, line, "missing partial '\(name)' (no Templates/\(name).mustache)")
                        continue
                    }
                    if !including.contains(name) {
                        visit(file.nodes, path: file.path, stack: stack, including: including.union([name]))
                    }
                }
            }
        }

        /// A section over a list or an object opens its element or itself as the innermost context.
        private func scope(of schema: TemplateSchema) -> [TemplateSchema] {
            switch schema {
            case .list(let element): [element]
            case .object, .open: [schema]
            case .text, .safeText, .html, .flag: []
            }
        }

        /// Resolves a (dotted) name as Mustache does: the first part up the context stack, the rest inside it.
        private mutating func resolve(_ tag: String, in stack: [TemplateSchema], path: String, line: Int) -> TemplateSchema? {
            let name = tag
            if name == "." { return stack.last }
            let parts = name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
            guard let first = parts.first else { return stack.last }
            let candidates = name.hasPrefix(".") ? Array(stack.suffix(1)) : stack.reversed()
            for context in candidates {
                guard let found = child(first, of: context) else { continue }
                var schema = found
                for part in parts.dropFirst() {
                    guard let next = child(part, of: schema) else {
                        report(path, line, "unknown template variable '\(tag)': '\(part)' is not provided to \(kind.rawValue) pages")
                        return nil
                    }
                    schema = next
                }
                return schema
            }
            report(path, line, "unknown template variable '\(tag)': not provided to \(kind.rawValue) pages")
            return nil
        }

        private func child(_ name: String, of schema: TemplateSchema) -> TemplateSchema? {
            switch schema {
            case .object(let keys): keys[name]
            case .open: .open
            case .text, .safeText, .html, .flag, .list: nil
            }
        }

        private mutating func report(_ path: String, _ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(path: path, line: line, message: message))
        }
    }
}
