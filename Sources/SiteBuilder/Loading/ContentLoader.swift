import ArabicText
import Foundation

/// Reads every Markdown article under `Content/` (recursively, skipping dotfiles) into `ArticleSource`s.
enum ContentLoader {
    struct Loaded: Sendable {
        /// Articles parsed from their files, Markdown included.
        var articles: [ArticleSource]
        /// Articles taken from the build cache because their files did not change.
        var cached: [ArticleCache.Entry]
        var diagnostics: [Diagnostic]
    }

    /// `knownHashes` are content hashes the build has already taken (by path relative to `root`); a file whose
    /// hash is known and whose cached article has that hash is not read at all. `imported` articles (prepared by
    /// import, their files not written yet) are loaded as they are, in the order of their paths among the files.
    static func load(from directory: URL, root: URL, parallel: Bool,
                     cache: ArticleCache? = nil, knownHashes: [String: ContentHash] = [:],
                     imported: [ArticleSource] = []) -> Loaded {
        // The build has listed the site's files already when it knows their hashes. Paths stay relative strings
        // (URLs are slow to make); a URL is made only for a file that is actually read.
        let listed = knownHashes.isEmpty
            ? markdownFiles(in: directory).map { relativePath(of: $0, to: root) }
            : markdownFiles(among: knownHashes.keys, in: directory, root: root)
        let imported = Dictionary(imported.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let files = imported.isEmpty ? listed
            : Set(listed).union(imported.keys).map(ByteKey.init).sorted().map(\.text)
        enum Outcome: Sendable {
            case parsed(ArticleSource)
            case cached(ArticleCache.Entry)
            case failed(BuildFailure)
        }
        let read = { @Sendable (path: String) -> Outcome in
            if let article = imported[path] { return .parsed(article) }
            if let hash = knownHashes[path], let entry = cache?.entry(for: path, hash: hash) { return .cached(entry) }
            switch parse(root.appendingPathComponent(path), path: path) {
            case .success(let article): return .parsed(article)
            case .failure(let failure): return .failed(failure)
            }
        }
        let outcomes = parallel ? files.concurrentMap(read) : files.map(read)
        var loaded = Loaded(articles: [], cached: [], diagnostics: [])
        for outcome in outcomes {
            switch outcome {
            case .parsed(let article): loaded.articles.append(article)
            case .cached(let entry): loaded.cached.append(entry)
            case .failed(let failure): loaded.diagnostics += failure.diagnostics
            }
        }
        return loaded
    }

    /// Reads and decodes one article file; `path` is how errors name it.
    static func parse(_ file: URL, path: String) -> Result<ArticleSource, BuildFailure> {
        let data: Data
        switch InputFileReading.contents(of: file, path: path) {
        case .success(let bytes): data = bytes
        case .failure(let diagnostic): return .failure(BuildFailure([diagnostic]))
        }
        return SourceText.decode(data, path: path)
            .mapError { BuildFailure([$0]) }
            .flatMap { FrontMatterDocument.split($0, path: path).mapError { BuildFailure([$0]) } }
            .flatMap { ArticleDecoder.decode($0, path: path) }
            .map { article in
                var article = article
                article.contentHash = data.withUnsafeBytes { ContentHash(value: ContentHash.xxh64($0)) }
                return article
            }
    }

    /// Sorted so every build sees the files in the same order.
    static func markdownFiles(in directory: URL) -> [URL] {
        files(withExtension: "md", in: directory)
    }

    /// The Markdown files under `directory` among `paths` (relative to `root`), as `markdownFiles(in:)` finds them,
    /// relative to `root`.
    static func markdownFiles(among paths: some Sequence<String>, in directory: URL, root: URL) -> [String] {
        let folder = folderPrefix(of: directory, root: root)
        return paths.filter { isMarkdownFile($0, in: folder) }.map(ByteKey.init).sorted().map(\.text)
    }

    /// The path of `directory` relative to `root` with a trailing `/`: what the paths of the files inside start with.
    static func folderPrefix(of directory: URL, root: URL) -> String {
        relativePath(of: directory, to: root) + "/"
    }

    /// Whether `path` (relative to the root) is an article under `folder` (relative to the root, ending in `/`).
    /// Compares bytes: it runs over every input path of a large site, and String comparison is Unicode-aware.
    static func isMarkdownFile(_ path: String, in folder: String) -> Bool {
        let bytes = path.utf8, slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        guard bytes.starts(with: folder.utf8), bytes.suffix(3).map({ $0 | 0x20 }).elementsEqual(".md".utf8) else { return false }
        // No hidden file or folder below `folder`: no segment starts with a dot.
        var previous = slash
        for byte in bytes.dropFirst(folder.utf8.count) {
            if byte == dot && previous == slash { return false }
            previous = byte
        }
        return true
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
