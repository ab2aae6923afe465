/// The schema.org `NewsArticle` block of an article page, safe to place inside `<script>`.
/// Written by hand (keys in a fixed order) because it is made for every article and JSONSerialization is slow.
enum NewsArticleJSONLD {
    static func make(article: Article, model: SiteModel, paths: SitePaths) -> String {
        let url = paths.absolute(paths.article(article.slug))
        var fields: [(String, String)] = [
            ("@context", string("https://schema.org")),
            ("@type", string("NewsArticle")),
            ("headline", string(article.title)),
            ("datePublished", string(article.date.isoString)),
            ("inLanguage", string(model.config.language)),
            ("url", string(url)),
            ("mainEntityOfPage", string(url)),
            ("publisher", object([("@type", string("Organization")), ("name", string(model.config.title))])),
        ]
        if !article.summary.isEmpty { fields.append(("description", string(article.summary))) }
        if !article.entityIDs.isEmpty {
            let mentions = article.entityIDs.map { id in
                let entity = model.entities[id]
                return object([
                    ("@type", string(entity.type.schemaOrgType)), ("name", string(entity.name)),
                    ("url", string(paths.absolute(paths.entity(entity.type, entity.slug)))),
                ])
            }
            fields.append(("mentions", "[" + mentions.joined(separator: ",") + "]"))
        }
        return object(fields)
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// A JSON string literal; `<`, `>` and `&` become `\u` escapes so `</script>` cannot end the block.
    static func string(_ text: String) -> String {
        // 0xE2 leads U+2028/U+2029; text without any of these bytes is quoted as it is.
        let needsWork = text.utf8.containsByte { byte in
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2
        }
        guard needsWork else { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
