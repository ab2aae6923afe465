import Testing
import Templating

@Suite struct InterpolationTests {
    static let cases: [RenderCase] = [
        RenderCase(name: "plain text", template: "مرحبا بالعالم", expected: "مرحبا بالعالم"),
        RenderCase(name: "escaped", template: "{{x}}", data: ["x": "<b>\"&'"], expected: "&lt;b&gt;&quot;&amp;&#39;"),
        RenderCase(name: "triple", template: "{{{x}}}", data: ["x": "<b>"], expected: "<b>"),
        RenderCase(name: "ampersand", template: "{{&x}}", data: ["x": "<b>"], expected: "<b>"),
        RenderCase(name: "padding", template: "|{{ x }}|{{{ x }}}|{{& x }}|", data: ["x": "a"], expected: "|a|a|a|"),
        RenderCase(name: "Arabic untouched", template: "<h1>{{title}}</h1>", data: ["title": "قمة القاهرة"],
                   expected: "<h1>قمة القاهرة</h1>"),
        RenderCase(name: "missing is empty", template: "[{{nope}}][{{{nope}}}]", expected: "[][]"),
        RenderCase(name: "flags", template: "{{yes}} {{no}}", data: ["yes": true, "no": false], expected: "true false"),
        RenderCase(name: "list and map render nothing", template: "[{{l}}][{{m}}]",
                   data: ["l": ["a"], "m": ["k": "v"]], expected: "[][]"),
        RenderCase(name: "dotted", template: "{{a.b.c}}", data: ["a": ["b": ["c": "deep"]]], expected: "deep"),
        RenderCase(name: "dotted first part up the stack", template: "{{#inner}}{{a.b}}{{/inner}}",
                   data: ["a": ["b": "outer"], "inner": ["x": "1"]], expected: "outer"),
        RenderCase(name: "broken chain is missing", template: "{{#a}}[{{b.c}}]{{/a}}",
                   data: ["b": ["c": "outer"], "a": ["b": ["other": "1"]]], expected: "[]"),
        RenderCase(name: "dotted through text is missing", template: "[{{a.b}}]", data: ["a": "text"], expected: "[]"),
        RenderCase(name: "implicit iterator", template: "{{#l}}({{.}}){{/l}}", data: ["l": ["أ", "<b>"]],
                   expected: "(أ)(&lt;b&gt;)"),
        RenderCase(name: "inner context wins", template: "{{x}}{{#m}}{{x}}{{/m}}{{x}}",
                   data: ["x": "1", "m": ["x": "2"]], expected: "121"),
        RenderCase(name: "mustache in data stays text", template: "{{x}}", data: ["x": "{{y}}"], expected: "{{y}}"),
        RenderCase(name: "comment", template: "a{{! ignore\n me }}b", expected: "ab"),
        RenderCase(name: "set delimiters", template: "{{=<% %>=}}(<%x%>){{x}}<%={{ }}=%>{{x}}",
                   data: ["x": "v"], expected: "(v){{x}}v"),
        RenderCase(name: "set delimiters with spaces", template: "{{= | | =}}|x|", data: ["x": "v"], expected: "v"),
        RenderCase(name: "delimiters persist across sections",
                   template: "[\n{{#s}}\n  {{d}}\n  |d|\n{{/s}}\n\n{{= | | =}}\n|#s|\n  {{d}}\n  |d|\n|/s|\n]\n",
                   data: ["s": true, "d": "in"], expected: "[\n  in\n  |d|\n\n  {{d}}\n  in\n]\n"),
        RenderCase(name: "delimiters do not reach partials", template: "[ {{>p}} ]\n{{= | | =}}\n[ |>p| ]\n",
                   data: ["v": "yes"], partials: ["p": ".{{v}}."], expected: "[ .yes. ]\n[ .yes. ]\n"),
        RenderCase(name: "delimiters do not leave partials", template: "[ {{>p}} ]\n[ .{{v}}.  .|v|. ]\n",
                   data: ["v": "yes"], partials: ["p": ".{{v}}. {{= | | =}} .|v|."],
                   expected: "[ .yes.  .yes. ]\n[ .yes.  .|v|. ]\n"),
        RenderCase(name: "regex-like delimiters", template: "({{=[ ]=}}[x])", data: ["x": "ok"], expected: "(ok)"),
        RenderCase(name: "partial in context with padding", template: "|{{> p }}|", data: ["t": "c"],
                   partials: ["p": "*{{t}}*"], expected: "|*c*|"),
        RenderCase(name: "partial keeps surrounding whitespace", template: "| {{>p}} |", partials: ["p": "\t|\t"],
                   expected: "| \t|\t |"),
        RenderCase(name: "recursive partial", template: "{{>node}}",
                   data: ["content": "X", "nodes": [["content": "Y", "nodes": []]]],
                   partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
        RenderCase(name: "text context interpolates itself", template: "{{#foo}}{{.}} is {{foo}}{{/foo}}",
                   data: ["foo": "bar"], expected: "bar is bar"),
        RenderCase(name: "triple with custom delimiters", template: "{{=<% %>=}}<%{x}%>", data: ["x": "<"],
                   expected: "<"),
    ]

    @Test(arguments: cases)
    func renders(_ row: RenderCase) throws {
        #expect(try row.rendered() == row.expected)
    }
}
