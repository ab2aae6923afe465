import Testing
import Templating

@Suite struct TemplateLibraryTests {
    @Test func rendersPartialsByPathNames() throws {
        let library = TemplateLibrary([
            "page": try Template(parsing: "<body>\n  {{>partials/header}}\n{{> partials/missing }}</body>\n"),
            "partials/header": try Template(parsing: "<h1>{{site.title}}</h1>\n"),
        ])
        let rendered = library.render("page", with: ["site": ["title": "موجز"]])
        #expect(rendered == "<body>\n  <h1>موجز</h1>\n</body>\n")
    }

    @Test func missingTemplateIsNil() throws {
        let library = TemplateLibrary(["a": try Template(parsing: "a")])
        #expect(library.render("b", with: [:]) == nil)
        #expect(library["b"] == nil)
        #expect(library["a"] == (try Template(parsing: "a")))
    }

    @Test(arguments: [
        ("self", "x{{>self}}"),
        ("parent", "x{{<self}}{{/self}}"),
        ("block override", "x{{<other}}{{$b}}{{$b}}{{/b}}{{/b}}{{/other}}"),
    ])
    func deepRecursionStopsAtTheDepthLimit(_ kind: String, _ source: String) throws {
        let library = TemplateLibrary([
            "self": try Template(parsing: source),
            "other": try Template(parsing: "{{$b}}{{/b}}"),
        ])
        let rendered = try #require(library.render("self", with: [:]))
        #expect(rendered.allSatisfy { $0 == "x" }, "\(kind)")
        #expect((1...65).contains(rendered.count), "\(kind)")
    }

    /// Found by the template fuzz target: within the depth limit, a template that includes itself twice took 2⁶⁴ steps.
    @Test(arguments: [
        ("partial twice", "x{{>self}}{{>self}}"),
        ("parent twice", "x{{<self}}{{/self}}{{<self}}{{/self}}"),
        ("two partials of each other", "x{{>other}}{{>other}}"),
        ("block override twice", "x{{<other}}{{$b}}{{$b}}{{/b}}{{$b}}{{/b}}{{/b}}{{/other}}"),
    ])
    func branchingRecursionStopsAtTheExpansionLimit(_ kind: String, _ source: String) throws {
        let library = TemplateLibrary([
            "self": try Template(parsing: source),
            "other": try Template(parsing: kind == "two partials of each other" ? "y{{>self}}{{>self}}" : "{{$b}}{{/b}}"),
        ])
        let rendered = try #require(library.render("self", with: [:]))
        #expect(rendered.allSatisfy { $0 == "x" || $0 == "y" }, "\(kind)")
        #expect((1...100_001).contains(rendered.count), "\(kind)")
    }

    @Test func partialsSeeTheContextStack() throws {
        let library = TemplateLibrary([
            "list": try Template(parsing: "{{#items}}{{>item}}{{/items}}"),
            "item": try Template(parsing: "<li>{{name}}{{suffix}}</li>"),
        ])
        let value: TemplateValue = ["items": [["name": "أ"], ["name": "ب"]], "suffix": "."]
        #expect(library.render("list", with: value) == "<li>أ.</li><li>ب.</li>")
    }
}
