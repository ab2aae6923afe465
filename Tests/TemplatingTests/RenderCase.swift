import Templating
import Testing

// Literals keep the test tables readable: "x" is .text, true is .flag, [...] is .list, [k: v] is .map.
extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// One row of a rendering table: a template, its data and partials, and the exact output expected.
struct RenderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let template: String
    var data: TemplateValue = [:]
    var partials: [String: String] = [:]
    let expected: String

    var testDescription: String { name }

    func rendered() throws -> String? {
        try render(template, data, partials: partials)
    }
}

/// Parses `template` as "main" (and each partial under its name) and renders "main" with `data`.
func render(_ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:]) throws -> String? {
    var templates = ["main": try Template(parsing: template)]
    for (name, source) in partials {
        templates[name] = try Template(parsing: source)
    }
    return TemplateLibrary(templates).render("main", with: data)
}
