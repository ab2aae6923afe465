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
        var diagnostics: [Diagnostic] = []
        for file in siteFiles(in: directory) {
            let name = ContentLoader.relativePath(of: file, to: directory)
            let path = ContentLoader.relativePath(of: file, to: root)
            // A site template that cannot be read is an error: falling back to the built-in one would hide it.
            switch InputFileReading.contents(of: file, path: path) {
            case .success(let data): files[name] = (path, data)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        var templates: [String: Theme.TemplateFile] = [:]
        var assets: [OutputFile] = []
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

    /// The files under `directory`, in name order, hidden files and folders left out: regular files, and links to
    /// them (as an article may be one); links to folders are not followed, as the build's input scan does not.
    /// Folders are read with `readdir`, whose entries tell their kind: Foundation's enumerator asks for every file's
    /// attributes, owner names included, which reads the user and group databases each time.
    static func siteFiles(in directory: URL) -> [URL] {
        var files: [URL] = []
        func walk(_ folder: URL) {
            for entry in FileSystem.entries(in: folder.fileSystemPath).sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
                let url = folder.appendingPathComponent(entry.name, isDirectory: entry.kind == .folder)
                switch entry.kind {
                case .regularFile: files.append(url)
                case .symbolicLink where FileSystem.status(url.fileSystemPath, followingLinks: true)?.kind == .regularFile: files.append(url)
                case .folder: walk(url)
                default: break
                }
            }
        }
        walk(directory)
        return files
    }
}
