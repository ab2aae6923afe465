import Testing
import Templating

@Suite struct SectionTests {
    static let cases: [RenderCase] = [
        RenderCase(name: "missing is falsy", template: "[{{#x}}y{{/x}}][{{^x}}n{{/x}}]", expected: "[][n]"),
        RenderCase(name: "false", template: "[{{#x}}y{{/x}}][{{^x}}n{{/x}}]", data: ["x": false], expected: "[][n]"),
        RenderCase(name: "empty text", template: "[{{#x}}y{{/x}}][{{^x}}n{{/x}}]", data: ["x": ""], expected: "[][n]"),
        RenderCase(name: "empty list", template: "[{{#x}}y{{/x}}][{{^x}}n{{/x}}]", data: ["x": []], expected: "[][n]"),
        RenderCase(name: "true renders once without pushing", template: "{{#x}}{{.}}|{{y}}{{/x}}",
                   data: ["x": true, "y": "v"], expected: "|v"),
        RenderCase(name: "empty map is truthy", template: "[{{#x}}y{{/x}}][{{^x}}n{{/x}}]", data: ["x": [:]],
                   expected: "[y][]"),
        RenderCase(name: "text pushes itself", template: "{{#x}}<{{.}}>{{/x}}", data: ["x": "نص"], expected: "<نص>"),
        RenderCase(name: "map pushes itself", template: "{{#m}}{{a}}-{{b}}{{/m}}",
                   data: ["m": ["a": "1"], "b": "2"], expected: "1-2"),
        RenderCase(name: "list repeats", template: "{{#l}}{{n}},{{/l}}", data: ["l": [["n": "1"], ["n": "2"]]],
                   expected: "1,2,"),
        RenderCase(name: "nested lists", template: "{{#l}}[{{#.}}{{.}}{{/.}}]{{/l}}", data: ["l": [["a", "b"], ["c"]]],
                   expected: "[ab][c]"),
        RenderCase(name: "dotted section", template: "{{#a.b}}{{c}}{{/a.b}}", data: ["a": ["b": ["c": "x"]]],
                   expected: "x"),
        RenderCase(name: "outer names inside list", template: "{{#l}}{{.}}{{sep}}{{/l}}",
                   data: ["l": ["1", "2"], "sep": ";"], expected: "1;2;"),
        RenderCase(name: "same name nested", template: "{{#a}}{{#a}}{{b}}{{/a}}{{/a}}", data: ["a": ["b": "x"]],
                   expected: "x"),
    ]

    @Test(arguments: cases)
    func renders(_ row: RenderCase) throws {
        #expect(try row.rendered() == row.expected)
    }
}
