import Foundation

/// Reads every Markdown article under `Content/` (recursively, skipping dotfiles) into `ArticleSource`s.
enum ContentLoader {
    struct Loaded: Sendable {
        var articles: [ArticleSource]
        var diagnostics: [Diagnostic]
    }

    static func load(from directory: URL, root: URL, parallel: Bool) -> Loaded {
        let files = markdownFiles(in: directory)
        let read = { @Sendable (file: URL) -> Result<ArticleSource, BuildFailure> in
            let path = relativePath(of: file, to: root)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return .failure(BuildFailure([Diagnostic(path: path, message: "cannot read the file")]))
            }
            return SourceText.decode(data, path: path)
                .mapError { BuildFailure([$0]) }
                .flatMap { FrontMatterDocument.split($0, path: path).mapError { BuildFailure([$0]) } }
                .flatMap { ArticleDecoder.decode($0, path: path) }
        }
        let results = parallel ? files.concurrentMap(read) : files.map(read)
        var loaded = Loaded(articles: [], diagnostics: [])
        for result in results {
            switch result {
            case .success(let article): loaded.articles.append(article)
            case .failure(let failure): loaded.diagnostics += failure.diagnostics
            }
        }
        return loaded
    }

    /// Sorted so every build sees the files in the same order.
    static func markdownFiles(in directory: URL) -> [URL] {
        files(withExtension: "md", in: directory)
    }

    /// Every non-hidden file under `directory` with this extension (any case), in a stable order.
    static func files(withExtension pathExtension: String, in directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == pathExtension {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    static func relativePath(of file: URL, to root: URL) -> String {
        let rootPath = root.fileSystemPath
        let filePath = file.fileSystemPath
        guard filePath.hasPrefix(rootPath + "/") else { return filePath }
        return String(filePath.dropFirst(rootPath.count + 1))
    }
}
