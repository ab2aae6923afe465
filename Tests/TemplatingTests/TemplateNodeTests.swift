import Testing
import Templating

/// The parsed tree, as the site builder's template validator reads it.
@Suite struct TemplateNodeTests {
    @Test func layoutChildKeepsBlocksOnly() throws {
        let source = "{{<layout}}\n{{$content}}\n<p>{{title}}</p>\n{{/content}}\nignored {{x}}\n{{/layout}}\n"
        #expect(try Template(parsing: source).nodes == [
            .parent(name: "layout", children: [
                .block(name: "content", children: [
                    .text("<p>"), .variable(name: "title", escaped: true, line: 3), .text("</p>\n"),
                ], line: 2),
            ], line: 1),
        ])
    }

    @Test func standalonePartialKeepsItsIndentation() throws {
        let source = "<div>\n  {{> partials/header }}\n{{>partials/footer}} after\n</div>"
        #expect(try Template(parsing: source).nodes == [
            .text("<div>\n"),
            .partial(name: "partials/header", indentation: "  ", line: 2),
            .partial(name: "partials/footer", indentation: "", line: 3),
            .text(" after\n</div>"),
        ])
    }

    @Test func sectionsVariablesAndLines() throws {
        let source = "{{! note }}\n{{#items}}\n{{{body}}}{{&raw}}\n{{/items}}\n{{^items}}-{{/items}}"
        #expect(try Template(parsing: source).nodes == [
            .section(name: "items", inverted: false, children: [
                .variable(name: "body", escaped: false, line: 3),
                .variable(name: "raw", escaped: false, line: 3),
                .text("\n"),
            ], line: 2),
            .section(name: "items", inverted: true, children: [.text("-")], line: 5),
        ])
    }

    @Test func textAroundRemovedTagsIsJoined() throws {
        #expect(try Template(parsing: "a{{! x }}b\n{{=<% %>=}}\nc").nodes == [.text("ab\nc")])
    }
}
