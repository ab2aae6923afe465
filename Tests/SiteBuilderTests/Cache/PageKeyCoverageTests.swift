import Foundation
import Testing
@testable import SiteBuilder

/// What a page depends on, found from what is rendered into it: the fixture site's inputs are changed one value
/// at a time (every front-matter value and list item of every article, each article's body, every setting of
/// `mujaz.yml`), and every page whose output a change alters must get a new render key (`PageKeys`); a page that
/// changed under an old key is one a cached build would leave stale. The changes are made from the fixture's own
/// lines, so a field added to the fixture is covered without listing it here.
@Suite struct PageKeyCoverageTests {
    /// The fixture's articles, and one that sets every optional field an article may have.
    static let articles = SiteFixture.articles.merging([
        "every-field.md": """
        ---
        title: الأردن يفتتح محطة تحلية
        date: 2024-10-03T08:15:00+03:00
        slug: desalination
        summary: افتتح الأردن محطة جديدة لتحلية المياه.
        tags:
          - مياه
        people:
          - محمد أحمد
        places:
          - الأردن
        source: وكالة الأنباء
        author: سارة علي
        image: https://example.org/desalination.jpg
        ---
        افتتح الأردن محطة جديدة لتحلية المياه قرب العقبة.

        """,
    ]) { fixture, _ in fixture }

    static let config = SiteFixture.config + """
        language: ar
        direction: rtl
        date_style:
          months: gregorian
          digits: arabic-indic

        """

    struct Change: Sendable, CustomTestStringConvertible {
        let path: String
        let line: Int
        let replacement: String
        var testDescription: String { "\(path):\(line + 1) → \(replacement)" }
    }

    static let changes: [Change] = {
        var changes: [Change] = []
        for (name, text) in articles.sorted(by: { $0.key < $1.key }) {
            let lines = text.components(separatedBy: "\n")
            let closing = lines.indices.dropFirst().first { lines[$0] == "---" } ?? 0
            for index in 1..<closing {
                if let changed = changedValue(lines[index]) { changes.append(Change(path: "Content/\(name)", line: index, replacement: changed)) }
            }
            if let body = lines.indices.first(where: { $0 > closing && !lines[$0].isEmpty }) {
                changes.append(Change(path: "Content/\(name)", line: body, replacement: lines[body] + " وأضاف المتحدث تفاصيل."))
            }
        }
        let lines = config.components(separatedBy: "\n")
        for index in lines.indices {
            if let changed = changedValue(lines[index]) { changes.append(Change(path: "mujaz.yml", line: index, replacement: changed)) }
        }
        return changes
    }()

    /// The line with its value changed to another valid value of the same kind; nil for a line without a value.
    static func changedValue(_ line: String) -> String? {
        let isItem = line.trimmingCharacters(in: .whitespaces).hasPrefix("- ")
        guard let separator = isItem ? line.range(of: "- ") : line.range(of: ": ") else { return nil }
        let value = String(line[separator.upperBound...])
        let head = String(line[..<separator.upperBound])
        let alternatives = ["true": "false", "false": "true", "rtl": "ltr", "ar": "fa", "gregorian": "levantine",
                            "arabic-indic": "latin"]
        if let other = alternatives[value] { return head + other }
        if let number = Int(value) { return head + String(number + 1) }
        if value.hasPrefix("2024-10-0"), let day = Int(String(value.dropFirst(9).prefix(1))) {
            return head + "2024-10-0\(day + 1)" + value.dropFirst(10)
        }
        if value.contains("://") { return head + value.replacingOccurrences(of: "example.org/", with: "example.org/news/") }
        if value.hasPrefix("\"") { return head + "\"تعديل " + value.dropFirst() }
        if value.allSatisfy({ $0.isASCII }) { return head + value + "-x" }
        return head + value + " سليم"
    }

    /// For each page kind a template that prints every variable its schema gives (`PageKind.schema`), so that
    /// whatever reaches a page's context reaches its output; the article's own fields (`params`) are those the
    /// fixture's articles set.
    static let templates: [String: String] = {
        let paramKeys = Set(articles.values.flatMap { text in
            text.components(separatedBy: "\n").compactMap { line -> String? in
                guard let key = line.components(separatedBy: ":").first, key != line, !key.isEmpty,
                      key.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) else { return nil }
                return key
            }
        }).sorted()
        func printing(_ schema: TemplateSchema, as name: String) -> String {
            switch schema {
            case .text, .safeText: "{{\(name)}}|"
            case .html: "{{{\(name)}}}|"
            case .flag: "{{#\(name)}}\(name)|{{/\(name)}}"
            case .open: "{{#\(name)}}" + paramKeys.map { "{{\($0)}}|" }.joined() + "{{/\(name)}}"
            case .object(let fields), .list(.object(let fields)):
                "{{#\(name)}}" + fields.keys.sorted().map { printing(fields[$0]!, as: $0) }.joined() + "{{/\(name)}}"
            case .list(let element): "{{#\(name)}}" + printing(element, as: ".") + "{{/\(name)}}"
            }
        }
        return Dictionary(uniqueKeysWithValues: PageKind.allCases.map { kind in
            guard case .object(let fields) = kind.schema else { return ("Templates/\(kind.templateName).mustache", "") }
            return ("Templates/\(kind.templateName).mustache", fields.keys.sorted().map { printing(fields[$0]!, as: $0) }.joined())
        })
    }()

    /// Each rendered file by path, with its text and render key (files without one, the theme's assets, are left out).
    private func render(_ site: SiteFixture) throws -> [String: (text: [UInt8], key: ContentHash)] {
        var files: [String: (text: [UInt8], key: ContentHash)] = [:]
        for file in try SiteBuild.render(BuildOptions(root: site.root, parallel: false)) {
            if let key = file.renderKey { files[file.path] = (file.contents, key) }
        }
        return files
    }

    @Test(arguments: changes) func aPageThatChangesGetsANewKey(_ change: Change) throws {
        let site = try SiteFixture(articles: Self.articles, config: Self.config)
        defer { site.remove() }
        for (path, text) in Self.templates { try site.write(text, to: path) }
        let before = try render(site)
        let original = change.path == "mujaz.yml" ? Self.config : try #require(Self.articles[String(change.path.dropFirst("Content/".count))])
        var lines = original.components(separatedBy: "\n")
        lines[change.line] = change.replacement
        try site.write(lines.joined(separator: "\n"), to: change.path)
        let after = try render(site)

        let changedPages = after.filter { path, file in before[path].map { $0.text != file.text } ?? false }
        // A draft's fields change nothing; any other change reaches some page.
        #expect(!changedPages.isEmpty || after.count != before.count || change.path.hasSuffix("draft.md"),
                "the change alters no page: \(change.testDescription)")
        for (path, file) in changedPages {
            #expect(before[path]?.key != file.key, "\(path) changed under its old key")
        }
    }
}
