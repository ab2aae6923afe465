import Foundation
import Templating

/// Loads the theme: the built-in default, overridden file by file by the site's own `Templates/`.
enum ThemeLoader {
    static let templateExtension = ".mustache"
    static let builtInFolder = "(built-in theme)"

    static func load(siteTemplates directory: URL, root: URL) -> Result<Theme, BuildFailure> {
        var files: [String: (path: String, data: Data)] = [:]
        for (name, text) in DefaultTheme.files {
            files[name] = ("\(builtInFolder)/\(name)", Data(text.utf8))
        }
        for file in siteFiles(in: directory) {
            let name = ContentLoader.relativePath(of: file, to: directory)
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            files[name] = (ContentLoader.relativePath(of: file, to: root), data)
        }
        var templates: [String: Theme.TemplateFile] = [:]
        var assets: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (name, file) in files.sorted(by: { $0.key < $1.key }) {
            guard name.hasSuffix(templateExtension) else {
                assets.append(OutputFile(path: name, contents: [UInt8](file.data)))
                continue
            }
            let templateName = String(name.dropLast(templateExtension.count))
            guard let text = String(validating: file.data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(path: file.path, line: SourceText.lineOfFirstInvalidByte(in: file.data), message: "invalid UTF-8; save the template as UTF-8"))
                continue
            }
            do {
                let template = try Template(parsing: text)
                templates[templateName] = Theme.TemplateFile(path: file.path, template: template, digest: ContentHash(text))
            } catch {
                diagnostics.append(Diagnostic(path: file.path, line: error.line, message: "template syntax error: \(error.message) (column \(error.column))"))
            }
        }
        guard diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics)) }
        return .success(Theme(library: TemplateLibrary(templates.mapValues(\.template)), templates: templates, assets: assets))
    }

    static func siteFiles(in directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files.append(url)
        }
        return files
    }
}
