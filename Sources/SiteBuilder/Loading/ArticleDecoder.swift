import Enrichment
import Yams

/// Decodes an article's front matter into an `ArticleSource`, reporting every problem with its line.
enum ArticleDecoder {
    static func decode(_ document: FrontMatterDocument, path: String) -> Result<ArticleSource, BuildFailure> {
        let root: Node?
        do {
            // Keys typed as text: typing each key of every front matter by Yams's regular expressions, only to compare
            // keys for duplicates, was a fifth of loading an article. Two keys now differ only by their text, so one
            // written plain and once quoted (`1:` and `'1':`) is a duplicate.
            root = try YAMLText.compose(document.yaml, resolver: .basic)
        } catch {
            return .failure(BuildFailure([YAMLErrorDiagnostic.make(error, path: path, firstLine: document.yamlFirstLine)]))
        }
        return decode(root, body: document.body, path: path, firstLine: document.yamlFirstLine)
    }

    /// Decodes front matter that is already a YAML node: parsed from a file, or made by import.
    static func decode(_ root: Node?, body: String, path: String, firstLine: Int) -> Result<ArticleSource, BuildFailure> {
        var fields = FrontMatterFields(path: path, firstLine: firstLine)
        guard let mapping = root?.mapping else {
            return .failure(BuildFailure([Diagnostic(path: path, line: firstLine, message: "front matter must be a mapping of keys such as 'title:' and 'date:'")]))
        }
        var names: [EntityType: [String]] = [:]
        var params: [String: FrontMatterValue] = [:]
        var title: String?, dateText: (String, Node)?, slug: String?, summary: String?
        var tags: [String] = [], draft = false
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                fields.fail(keyNode, "front-matter keys must be text")
                continue
            }
            switch key {
            case "title":
                title = fields.text(value, key: key) ?? ""
                if title == "", value.scalar != nil { fields.fail(value, "'title' is empty") }
            case "date": dateText = fields.text(value, key: key).map { ($0, value) }
            case "slug": slug = fields.text(value, key: key)
            case "summary": summary = fields.text(value, key: key)
            case "tags": tags = fields.textList(value, key: key)
            case "draft": draft = fields.flag(value, key: key) ?? false
            default:
                if let type = EntityType.allCases.first(where: { $0.frontMatterKey == key }) {
                    names[type] = fields.textList(value, key: key)
                } else {
                    params[key] = FrontMatterValue(node: value)
                }
            }
        }
        let mappingNode = root ?? Node("")
        if title == nil {
            fields.fail(mappingNode, "missing 'title'")
        }
        var date: ArticleDate?
        if let (text, node) = dateText {
            date = ArticleDate(iso: text)
            if date == nil { fields.fail(node, "'date' is not an ISO 8601 date (e.g. 2024-10-05 or 2024-10-05T14:30:00+03:00): \(text)") }
        } else {
            fields.fail(mappingNode, "missing 'date'")
        }
        guard fields.diagnostics.isEmpty, let title, let date else { return .failure(BuildFailure(fields.diagnostics)) }
        return .success(ArticleSource(
            path: path, title: title, date: date, slug: slug, summary: summary, names: names, tags: tags,
            draft: draft, params: params, markdown: body
        ))
    }
}
