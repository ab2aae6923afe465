import Testing
import Templating

/// Parents and blocks as in the spec's "~inheritance": the most-derived override wins; standalone parents and
/// blocks are re-indented where they are rendered, and a block's own indentation is left out of its lines.
@Suite struct InheritanceTests {
    static let cases: [RenderCase] = [
        RenderCase(name: "default content", template: "{{$title}}Default {{x}}{{/title}}\n", data: ["x": "<t>"],
                   expected: "Default &lt;t&gt;\n"),
        RenderCase(name: "default with sections", template: "{{$f}}{{#b}}{{c}}{{/b}}{{^n}}!{{/n}}{{/f}}",
                   data: ["b": ["c": "q"]], expected: "q!"),
        RenderCase(name: "inherit defaults", template: "{{<p}}{{/p}}", partials: ["p": "{{$f}}default{{/f}}"],
                   expected: "default"),
        RenderCase(name: "overridden content", template: "{{<super}}{{$title}}sub title{{/title}}{{/super}}",
                   partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub title..."),
        RenderCase(name: "data does not override a block", template: "{{<p}}{{$v}}in template{{/v}}{{/p}}",
                   data: ["v": "in data"], partials: ["p": "{{$v}}in parent{{/v}}"], expected: "in template"),
        RenderCase(name: "two parents, two overrides",
                   template: "{{<p}}{{$s}}one{{/s}}{{/p}} {{<p}}{{$s}}two{{/s}}{{/p}}",
                   partials: ["p": "|{{$s}}...{{/s}}{{$d}} default{{/d}}|"], expected: "|one default| |two default|"),
        RenderCase(name: "override with newlines", template: "{{<p}}\n{{$b}}\npeaked\n\n:(\n{{/b}}\n{{/p}}",
                   partials: ["p": "{{$b}}peaking{{/b}}"], expected: "peaked\n\n:(\n"),
        RenderCase(name: "inline indentation is kept", template: "{{<p}}{{$n}}hammer time{{/n}}{{/p}}",
                   partials: ["p": "stop:\n  {{$n}}collaborate{{/n}}\n"], expected: "stop:\n  hammer time\n"),
        RenderCase(name: "only one override",
                   template: "{{<p}}{{$two}}override two{{/two}}{{/p}}",
                   partials: ["p": "{{$one}}default one{{/one}}, {{$two}}default two{{/two}}"],
                   expected: "default one, override two"),
        RenderCase(name: "a parent without blocks is a partial", template: "{{>p}}|{{<p}}{{/p}}",
                   partials: ["p": "{{$f}}default{{/f}}"], expected: "default|default"),
        RenderCase(name: "recursion through parents",
                   template: "{{<p}}{{$foo}}override{{/foo}}{{/p}}",
                   partials: [
                       "p": "{{$foo}}default{{/foo}} {{$bar}}{{<p2}}{{/p2}}{{/bar}}",
                       "p2": "{{$foo}}p2 default{{/foo}} {{<p}}{{$bar}}don't recurse{{/bar}}{{/p}}",
                   ],
                   expected: "override override override don't recurse"),
        RenderCase(name: "most-derived override wins", template: "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
                   partials: [
                       "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}",
                       "older": "{{<grand}}{{$a}}o{{/a}}{{/grand}}",
                       "grand": "{{$a}}g{{/a}}",
                   ],
                   expected: "c"),
        RenderCase(name: "multi-level without a child override", template: "{{<parent}}{{/parent}}",
                   partials: [
                       "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}",
                       "older": "{{<grand}}{{$a}}o{{/a}}{{/grand}}",
                       "grand": "{{$a}}g{{/a}}",
                   ],
                   expected: "p"),
        RenderCase(name: "text inside a parent is ignored", template: "{{<p}} junk {{$f}}hmm{{/f}} {{x}} junk {{/p}}",
                   data: ["x": "no"], partials: ["p": "{{$f}}default{{/f}}"], expected: "hmm"),
        RenderCase(name: "block content in the parent's context",
                   template: "{{<p}}{{$b}}I say {{fruit}}.{{/b}}{{/p}}",
                   data: ["fruit": "apples", "nested": ["fruit": "bananas"]],
                   partials: ["p": "{{#nested}}{{$b}}You say {{fruit}}.{{/b}}{{/nested}}"], expected: "I say bananas."),
        RenderCase(name: "nested blocks", template: "{{<p}}{{$inner}}X{{/inner}}{{/p}}",
                   partials: ["p": "[{{$outer}}<{{$inner}}i{{/inner}}>{{/outer}}]"], expected: "[<X>]"),
        RenderCase(name: "layout with standalone tags",
                   template: "{{<layout}}\n{{$content}}\n<p>{{t}}</p>\n{{/content}}\n{{/layout}}\n",
                   data: ["t": "خبر"],
                   partials: ["layout": "<main>\n{{$content}}{{/content}}\n</main>\n"],
                   expected: "<main>\n<p>خبر</p>\n\n</main>\n"),
        RenderCase(name: "missing parent renders nothing", template: "a{{<nope}}{{$x}}y{{/x}}{{/nope}}b", expected: "ab"),
        RenderCase(name: "indented layout block re-indents template lines, not data",
                   template: "{{<layout}}\n{{$content}}\n<h1>{{t}}</h1>\n<pre>{{{body}}}</pre>\n{{/content}}\n{{/layout}}\n",
                   data: ["t": "خبر", "body": "a\nb"],
                   partials: ["layout": "<main>\n    {{$content}}{{/content}}\n</main>\n"],
                   expected: "<main>\n    <h1>خبر</h1>\n    <pre>a\nb</pre>\n\n</main>\n"),
        RenderCase(name: "partial inside an indented block keeps its relative indentation",
                   template: "{{<layout}}\n{{$content}}\n  <div>\n    {{>p}}\n  </div>\n{{/content}}\n{{/layout}}\n",
                   partials: ["layout": "<main>\n  {{$content}}\n  {{/content}}\n</main>\n", "p": "<p>\n{{x}}\n</p>\n"],
                   expected: "<main>\n  <div>\n    <p>\n\n    </p>\n  </div>\n</main>\n"),
        RenderCase(name: "standalone parent is indented like a partial", template: "<div>\n  {{<p}}{{$b}}x{{/b}}{{/p}}\n</div>",
                   partials: ["p": "<a>\n{{$b}}{{/b}}\n</a>\n"], expected: "<div>\n  <a>\n  x\n  </a>\n</div>"),
        RenderCase(name: "inline parent keeps the text around it", template: "[ {{<p}}{{/p}} ]\n  {{<p}}{{/p}} .\n",
                   partials: ["p": "x"], expected: "[ x ]\n  x .\n"),
    ]

    @Test(arguments: cases)
    func renders(_ row: RenderCase) throws {
        #expect(try row.rendered() == row.expected)
    }
}
