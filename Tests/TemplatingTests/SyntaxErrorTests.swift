import Testing
import Templating

@Suite struct SyntaxErrorTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let template: String
        let error: TemplateSyntaxError
        var testDescription: String { error.message }
    }

    static let rows: [Row] = [
        Row(template: "<ul>\n\n  {{#items}}\n<li>", error: TemplateSyntaxError(
            line: 3, column: 3, message: "section 'items' opened on line 3 is never closed")),
        Row(template: "{{^empty}}", error: TemplateSyntaxError(
            line: 1, column: 1, message: "inverted section 'empty' opened on line 1 is never closed")),
        Row(template: "{{<layout}}{{$content}}{{/layout}}", error: TemplateSyntaxError(
            line: 1, column: 24, message: "closing tag 'layout' does not match block 'content' opened on line 1")),
        Row(template: "a\n  {{#a}}{{/b}}", error: TemplateSyntaxError(
            line: 2, column: 9, message: "closing tag 'b' does not match section 'a' opened on line 2")),
        Row(template: "x\n{{/a}}", error: TemplateSyntaxError(
            line: 2, column: 1, message: "closing tag 'a' has no matching opening tag")),
        Row(template: "x {{name", error: TemplateSyntaxError(
            line: 1, column: 3, message: "tag is never closed: expected '}}'")),
        Row(template: "{{a {{b}}", error: TemplateSyntaxError(
            line: 1, column: 1, message: "tag is never closed: expected '}}'")),
        Row(template: "عنوان {{{x}}", error: TemplateSyntaxError(
            line: 1, column: 7, message: "tag is never closed: expected '}}}'")),
        Row(template: "{{! comment", error: TemplateSyntaxError(
            line: 1, column: 1, message: "tag is never closed: expected '}}'")),
        Row(template: "a\nb {{}}", error: TemplateSyntaxError(line: 2, column: 3, message: "empty tag name")),
        Row(template: "{{# }}", error: TemplateSyntaxError(line: 1, column: 1, message: "empty tag name")),
        Row(template: "{{>}}", error: TemplateSyntaxError(line: 1, column: 1, message: "empty tag name")),
        Row(template: "{{a b}}", error: TemplateSyntaxError(
            line: 1, column: 1, message: "tag name 'a b' contains a space")),
        Row(template: "{{=<% =}}", error: TemplateSyntaxError(
            line: 1, column: 1, message: "bad delimiter tag: write it like {{=<% %>=}}, two delimiters without '=' or spaces")),
        Row(template: "{{=a=b c=}}", error: TemplateSyntaxError(
            line: 1, column: 1, message: "bad delimiter tag: write it like {{=<% %>=}}, two delimiters without '=' or spaces")),
        Row(template: "{{=<% %>=}}\n<%x", error: TemplateSyntaxError(
            line: 2, column: 1, message: "tag is never closed: expected '%>'")),
    ]

    @Test(arguments: rows)
    func reportsLineAndColumn(_ row: Row) {
        #expect(throws: row.error) { try Template(parsing: row.template) }
    }

    @Test func commentsMayHoldOpeningDelimitersAndEndAtTheFirstClosingOne() throws {
        #expect(try render("a{{! {{x is no tag }}b") == "ab")
        #expect(try render("a{{! {{x}} y }}b") == "a y }}b")
    }
}
