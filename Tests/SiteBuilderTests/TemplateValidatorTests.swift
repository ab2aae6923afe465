import Foundation
import Testing
@testable import SiteBuilder

@Suite struct TemplateValidatorTests {
    /// The default theme with `overrides` written into a temporary site's `Templates/`.
    static func validate(_ overrides: [String: String]) throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, text) in overrides {
            let file = root.appendingPathComponent("Templates/\(name)")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: false, encoding: .utf8)
        }
        switch ThemeLoader.load(siteTemplates: root.appendingPathComponent("Templates"), root: root) {
        case .failure(let failure): return failure.diagnostics.map(\.description)
        case .success(let theme): return TemplateValidator(templates: theme.templates).validate().map(\.description)
        }
    }

    @Test func reportsUnknownVariableWithFileAndLine() throws {
        let found = try Self.validate(["404.mustache": "{{<layout}}\n{{$content}}\n<p>{{site.title}}</p>\n<p>{{site.nonsense}}</p>\n{{/content}}\n{{/layout}}\n"])
        #expect(found == ["Templates/404.mustache:4: unknown template variable 'site.nonsense': 'nonsense' is not provided to notFound pages"])
    }

    @Test func reportsMissingPartial() throws {
        let found = try Self.validate(["404.mustache": "{{<layout}}\n{{$content}}\n{{>partials/nowhere}}\n{{/content}}\n{{/layout}}\n"])
        #expect(found == ["Templates/404.mustache:3: missing partial 'partials/nowhere' (no Templates/partials/nowhere.mustache)"])
    }

    @Test func checksPartialsInTheContextTheyAreUsedIn() throws {
        let found = try Self.validate(["partials/article-item.mustache": "<li>{{title}}\n{{writer}}</li>\n"])
        #expect(found.contains("Templates/partials/article-item.mustache:2: unknown template variable 'writer': not provided to home pages"))
    }

    @Test func refusesUnescapedTextAndDoubleEscapedHTML() throws {
        let found = try Self.validate(["404.mustache": "{{<layout}}\n{{$content}}\n{{{page.title}}}\n{{&site.title}}\n{{/content}}\n{{/layout}}\n"])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.contains("without HTML escaping") })
        let twice = try Self.validate(["article.mustache": "{{<layout}}{{$content}}{{article.body}}{{/content}}{{/layout}}"])
        #expect(twice == ["Templates/article.mustache:1: 'article.body' is already HTML; use {{{article.body}}} so it is not escaped twice"])
    }

    @Test func acceptsSectionsOverListsAndParams() throws {
        let found = try Self.validate(["index.mustache": "{{<layout}}{{$content}}{{#articles}}{{title}}{{/articles}}{{site.params.anything.deep}}{{#pagination.hasNext}}{{pagination.nextURL}}{{/pagination.hasNext}}{{/content}}{{/layout}}"])
        #expect(found.isEmpty)
    }

    @Test func reportsSyntaxErrorsWithLine() throws {
        let found = try Self.validate(["index.mustache": "{{<layout}}\n{{$content}}\n{{#articles}}\n{{title}}\n{{/content}}\n{{/layout}}\n"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("Templates/index.mustache:5: template syntax error") == true)
    }
}
