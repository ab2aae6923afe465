import Foundation
import Yams

/// Reads `mujaz.yml`; a missing file gives the defaults, one that cannot be read and every bad key give a
/// `path:line` diagnostic.
enum SiteConfigLoader {
    static func load(from file: URL, path: String, baseURLOverride: String?) -> Result<SiteConfig, BuildFailure> {
        var config = SiteConfig()
        var fields = FrontMatterFields(path: path, firstLine: 1)
        var baseURLNode: Node?
        let contents: Data?
        switch InputFileReading.optionalContents(of: file, path: path) {
        case .success(let data): contents = data
        case .failure(let diagnostic): return .failure(BuildFailure([diagnostic]))
        }
        if let data = contents {
            switch SourceText.decode(data, path: path) {
            case .failure(let diagnostic):
                if diagnostic.message != "empty file" { return .failure(BuildFailure([diagnostic])) }
            case .success(let text):
                do {
                    if let root = try YAMLText.compose(text) {
                        guard let mapping = root.mapping else {
                            return .failure(BuildFailure([Diagnostic(path: path, line: 1, message: "the config must be a mapping of keys such as 'title:'")]))
                        }
                        apply(mapping, to: &config, fields: &fields)
                        baseURLNode = mapping["base_url"]
                    }
                } catch {
                    return .failure(BuildFailure([YAMLErrorDiagnostic.make(error, path: path, firstLine: 1)]))
                }
            }
        }
        let message = "base URL must be an absolute http(s) URL such as https://example.org/news/"
        if let baseURLOverride {
            // The option's value is the user's own typing: its error names the option, not mujaz.yml.
            guard let normalized = normalizedBaseURL(baseURLOverride) else {
                return .failure(BuildFailure(fields.diagnostics + [Diagnostic(path: "--base-url", message: "\(message): \(baseURLOverride)")]))
            }
            config.baseURL = normalized
        } else if let normalized = normalizedBaseURL(config.baseURL) {
            config.baseURL = normalized
        } else {
            fields.fail(baseURLNode ?? Node(""), "\(message): \(config.baseURL)")
        }
        return fields.diagnostics.isEmpty ? .success(config) : .failure(BuildFailure(fields.diagnostics))
    }

    private static func apply(_ mapping: Node.Mapping, to config: inout SiteConfig, fields: inout FrontMatterFields) {
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title": config.title = fields.text(value, key: key) ?? config.title
            case "description": config.description = fields.text(value, key: key) ?? config.description
            case "base_url": config.baseURL = fields.text(value, key: key) ?? config.baseURL
            case "language": config.language = fields.text(value, key: key) ?? config.language
            case "direction":
                let direction = fields.text(value, key: key) ?? config.direction
                if direction == "rtl" || direction == "ltr" { config.direction = direction } else { fields.fail(value, "'direction' must be rtl or ltr") }
            case "items_per_page":
                config.itemsPerPage = integer(value, key: key, in: SiteConfig.itemsPerPageRange, fields: &fields) ?? config.itemsPerPage
            case "summary_sentences":
                config.summarySentences = integer(value, key: key, in: SiteConfig.summarySentencesRange, fields: &fields)
                    ?? config.summarySentences
            case "search_bodies": config.searchBodies = fields.flag(value, key: key) ?? config.searchBodies
            case "date_style":
                guard let style = value.mapping else {
                    fields.fail(value, "'date_style' must be a mapping with 'months' and 'digits'")
                    continue
                }
                applyDateStyle(style, to: &config.dateStyle, fields: &fields)
            default:
                config.params[key] = FrontMatterValue(node: value)
            }
        }
    }

    private static func applyDateStyle(_ mapping: Node.Mapping, to style: inout DateStyle, fields: inout FrontMatterFields) {
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let text = fields.text(value, key: key) ?? ""
            switch key {
            case "months":
                guard let months = DateStyle.MonthNames(rawValue: text) else {
                    fields.fail(value, "'months' must be gregorian (أكتوبر) or levantine (تشرين الأول)")
                    continue
                }
                style.monthNames = months
            case "digits":
                guard let digits = DateStyle.Digits(rawValue: text) else {
                    fields.fail(value, "'digits' must be arabic-indic (٢٠٢٤) or latin (2024)")
                    continue
                }
                style.digits = digits
            default:
                fields.fail(keyNode, "unknown date_style key '\(key)' (expected months, digits)")
            }
        }
    }

    private static func integer(_ node: Node, key: String, in range: ClosedRange<Int>, fields: inout FrontMatterFields) -> Int? {
        // Yams reads `1:30` as a number in base 60 (YAML 1.1), and traps when one overflows; no count is written so.
        guard let text = node.scalar?.string, !text.contains(":"), let value = node.int, range.contains(value) else {
            fields.fail(node, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    /// An absolute http(s) URL with a trailing slash, or nil.
    static func normalizedBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false, url.query == nil, url.fragment == nil else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
