import Testing
import Templating

/// A line holding only whitespace and one non-variable tag disappears with its newline (the spec's standalone rules).
@Suite struct StandaloneLineTests {
    static let cases: [RenderCase] = [
        RenderCase(name: "section lines", template: "| This Is\n{{#b}}\n|\n{{/b}}\n| A Line\n", data: ["b": true],
                   expected: "| This Is\n|\n| A Line\n"),
        RenderCase(name: "indented section lines", template: "| This Is\n  {{#b}}\n|\n  {{/b}}\n| A Line\n",
                   data: ["b": true], expected: "| This Is\n|\n| A Line\n"),
        RenderCase(name: "inverted section lines", template: "a\n {{^b}}\nc\n {{/b}}\nd\n", expected: "a\nc\nd\n"),
        RenderCase(name: "CRLF line endings", template: "|\r\n{{#b}}\r\n{{/b}}\r\n|", data: ["b": true],
                   expected: "|\r\n|"),
        RenderCase(name: "without previous line", template: "  {{#b}}\n#{{/b}}\n/", data: ["b": true],
                   expected: "#\n/"),
        RenderCase(name: "without newline", template: "#{{#b}}\n/\n  {{/b}}", data: ["b": true], expected: "#\n/\n"),
        RenderCase(name: "inline tags are kept", template: " | {{#b}} {{! keep }}\n {{/b}} | \n", data: ["b": true],
                   expected: " |  \n  | \n"),
        RenderCase(name: "multi-line comment", template: "Begin.\n{{!\nSomething\n}}\nEnd.\n",
                   expected: "Begin.\nEnd.\n"),
        RenderCase(name: "inline comment", template: "  12 {{! 34 }}\n", expected: "  12 \n"),
        RenderCase(name: "variable lines are kept", template: "  {{x}}\n", data: ["x": "v"], expected: "  v\n"),
        RenderCase(name: "delimiter line", template: "Begin.\n  {{=| |=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase(name: "partial indentation on template lines, not data",
                   template: "\\\n {{>p}}\n/\n", data: ["content": "<\n->"], partials: ["p": "|\n{{{content}}}\n|\n"],
                   expected: "\\\n |\n <\n->\n |\n/\n"),
        RenderCase(name: "data lines inside an indented partial are not indented", template: "\\\n {{>p}}\n/\n",
                   data: ["content": "<\n->"], partials: ["p": "|\n{{{content}}}a b{{{content}}}c\n|\n"],
                   expected: "\\\n |\n <\n->a b<\n->c\n |\n/\n"),
        RenderCase(name: "partial without previous line", template: "  {{>p}}\n>", partials: ["p": ">\n>"],
                   expected: "  >\n  >>"),
        RenderCase(name: "partial without newline", template: ">\n  {{>p}}", partials: ["p": ">\n>"],
                   expected: ">\n  >\n  >"),
        RenderCase(name: "inline partial is not indented", template: "  {{x}}  {{> p}}\n", data: ["x": "|"],
                   partials: ["p": ">\n>"], expected: "  |  >\n>\n"),
        RenderCase(name: "partial with CRLF", template: "|\r\n{{>p}}\r\n|", partials: ["p": ">"], expected: "|\r\n>|"),
        RenderCase(name: "nested partial indentation adds up", template: "  {{>outer}}\n",
                   partials: ["outer": "a\n  {{>inner}}\nb\n", "inner": "x\ny\n"], expected: "  a\n    x\n    y\n  b\n"),
        RenderCase(name: "blank partial lines stay blank", template: "  {{>p}}\n", partials: ["p": "a\n\nb\n"],
                   expected: "  a\n\n  b\n"),
        RenderCase(name: "sections inside an indented partial", template: "  {{>p}}\n",
                   data: ["l": ["1", "2"]], partials: ["p": "<ul>\n{{#l}}\n<li>{{.}}</li>\n{{/l}}\n</ul>\n"],
                   expected: "  <ul>\n  <li>1</li>\n  <li>2</li>\n  </ul>\n"),
    ]

    @Test(arguments: cases)
    func renders(_ row: RenderCase) throws {
        #expect(try row.rendered() == row.expected)
    }
}
