import Foundation
import Mustache

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
        var library = MustacheLibrary()
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
                library.register(try MustacheTemplate(string: text), named: templateName)
                templates[templateName] = Theme.TemplateFile(path: file.path, nodes: TemplateScanner.scan(text))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(path: file.path, line: error.context.lineNumber, message: "template syntax error: \(describe(error.error)) (column \(error.context.columnNumber))"))
            } catch {
                diagnostics.append(Diagnostic(path: file.path, message: "template syntax error: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics)) }
        return .success(Theme(library: library, templates: templates, assets: assets))
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

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag name"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside {{<parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}} outside any block"
        case .invalidConfigVariableSyntax: return "invalid config variable"
        case .unrecognisedConfigVariable: return "unknown config variable"
        }
    }
}
