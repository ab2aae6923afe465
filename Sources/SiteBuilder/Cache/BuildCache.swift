import ArabicText
import Enrichment
import Foundation

/// The persistent build cache in `SITE/.mujaz/`. A build whose inputs hash to the same fingerprint as the last
/// successful build, while the output folder still holds exactly what that build wrote, has nothing to do.
///
/// Inputs are the config (`mujaz.yml`) and every file under `Templates/` and under `Content/` (the alias file
/// included), each by content hash; plus Mujaz's version, the tagger's model version, the executable itself (so a rebuilt
/// `mujaz` never trusts an older one's output) and the options that change pages (output folder, base URL).
/// Files are re-read only when their size, times or inode changed since they were hashed.
struct BuildCache: Sendable {
    let options: BuildOptions
    /// Who builds: changes whenever Mujaz, its model or its executable changes.
    let tool: String

    /// What the last successful build recorded, read once per build.
    let previous: BuildRecord?

    init(options: BuildOptions, tool: String = BuildCache.currentTool) {
        self.options = options
        self.tool = tool
        self.previous = BuildRecord.load(from: BuildCache.recordFile(of: options))
    }

    static let currentTool: String = {
        let executable = Bundle.main.executablePath.flatMap { FileSystem.status($0, followingLinks: true) }
        let build = executable.map { "\($0.size)-\($0.modified)-\($0.inode)" } ?? "unknown"
        return "mujaz \(MujazVersion.current) model \(EntityTagger.modelVersion) executable \(build)"
    }()

    private var root: String { options.root.fileSystemPath }
    private var stateFolder: String { options.cacheDirectory.fileSystemPath }
    private static func recordFile(of options: BuildOptions) -> String {
        options.cacheDirectory.fileSystemPath + "/" + BuildRecord.fileName
    }
    private var writer: OutputWriter { OutputWriter(outputFolder: options.output, stateFolder: options.cacheDirectory) }

    /// Hashes the current inputs, reusing the hashes of files whose status is as last recorded.
    func scanInputs(reusing known: [String: InputFile]? = nil) -> BuildInputs {
        let known = known ?? previous?.inputs ?? [:]
        let root = self.root
        // What the build reads: the config, the templates and the content. Other files beside them (notes, logs,
        // a README) change nothing.
        var paths = [SiteConfig.fileName]
        paths += inputFiles(under: options.templatesDirectory)
        paths += inputFiles(under: options.contentDirectory)
        let site = OpenFolder(root)
        let content = ContentLoader.folderPrefix(of: options.contentDirectory, root: options.root)
        enum Scanned: Sendable {
            case file(String, InputFile)
            case unusable(Diagnostic)
        }
        let scanned = paths.concurrentMap { path -> Scanned? in
            let location = path.hasPrefix("/") ? path : root + "/" + path
            guard let status = site.status(path, followingLinks: true), status.kind == .regularFile else {
                // What the build reads (articles, raw articles, templates) must be readable; anything else beside
                // them, such as an editor's stray link, is none of its business.
                guard path != SiteConfig.fileName, !path.hasPrefix(content) || Self.isArticleFile(path) else { return nil }
                return InputFileReading.contents(of: URL(fileURLWithPath: location), path: path).failure.map(Scanned.unusable)
            }
            let signature = InputFile.Signature(status)
            if let old = known[path], old.signature == signature { return .file(path, old) }
            // An article may be a link to a file anywhere: the build reads it where it points.
            guard let bytes = FileSystem.contents(location, followingLinks: true) else {
                return InputFileReading.contents(of: URL(fileURLWithPath: location), path: path).failure.map(Scanned.unusable)
            }
            return .file(path, InputFile(signature: signature, hash: ContentHash(bytes)))
        }
        var files: [String: InputFile] = [:]
        var unusable: [Diagnostic] = []
        for item in scanned {
            switch item {
            case .file(let path, let file)?: files[path] = files[path] ?? file
            case .unusable(let diagnostic)?: unusable.append(diagnostic)
            case nil: break
            }
        }
        return BuildInputs(files: files, tool: tool, options: options, unusable: unusable.sorted { ByteKey($0.path) < ByteKey($1.path) })
    }

    /// An article or a raw article: what the build reads under `Content/`.
    private static func isArticleFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".txt")
    }

    /// Every file under `folder`, without following folder links: relative to the root when inside it
    /// (so moving a site keeps its cache), absolute otherwise.
    private func inputFiles(under folder: URL) -> [String] {
        let start = folder.fileSystemPath
        let inside = start.hasPrefix(root + "/")
        let location = { (path: String) in inside ? self.root + "/" + path : path }
        var found: [String] = []
        var pending = [inside ? String(start.dropFirst(root.count + 1)) : start]
        while let relative = pending.popLast() {
            for (name, kind) in FileSystem.entries(in: location(relative)) {
                let path = relative + "/" + name
                switch kind {
                case .folder?: pending.append(path)
                case .regularFile?, .symbolicLink?, .other?: found.append(path)
                case nil: break
                }
            }
        }
        return found
    }

    /// The last build's record when nothing has changed since: same input fingerprint, output untouched (as `output`
    /// found it, when given).
    func upToDateRecord(for inputs: BuildInputs, output: IntactOutputCheck? = nil) -> BuildRecord? {
        guard let record = previous, record.fingerprint == inputs.fingerprint,
              (output.map { $0.signature } ?? writer.intactOutputSignature()) == record.outputSignature
        else { return nil }
        return record
    }

    /// The summary of a build that has nothing to do, or nil when a real build is needed.
    func upToDateSummary(for inputs: BuildInputs, output: IntactOutputCheck, started: Date) -> BuildSummary? {
        upToDateRecord(for: inputs, output: output).map { record in
            BuildSummary(articles: record.articles, entityPages: record.entityPages, pagesWritten: 0,
                         pagesUnchanged: record.pages, pagesRendered: 0, seconds: Date().timeIntervalSince(started))
        }
    }

    /// Records a successful build for the next one. A record that cannot be saved only costs the next build
    /// its shortcut, so it never fails the build that just succeeded.
    /// `outputSignature` is what the publish left (see `PublishReport`); without it the output is checked again.
    /// `outline` is the hash of the site outline that goes with this build's output.
    func record(_ summary: BuildSummary, startedFrom inputs: BuildInputs, outputSignature: ContentHash? = nil, outline: ContentHash? = nil) {
        try? recordBuild(of: summary, startedFrom: inputs, outputSignature: outputSignature, outline: outline)
    }

    /// Records a successful build with the inputs as scanned before it read them. A file edited while the build
    /// ran has a new status by then (its change time at least), so the next build hashes it again and sees the
    /// edit: it is never mistaken for built.
    func recordBuild(of summary: BuildSummary, startedFrom inputs: BuildInputs, outputSignature: ContentHash? = nil,
                     outline: ContentHash? = nil) throws(Diagnostic) {
        guard !inputs.files.keys.contains(where: { $0.utf8.contains(0x0A) }),
              let outputSignature = outputSignature ?? writer.intactOutputSignature()
        else { return }
        let record = BuildRecord(
            fingerprint: inputs.fingerprint, outputSignature: outputSignature, articles: summary.articles,
            entityPages: summary.entityPages, pages: summary.pagesWritten + summary.pagesUnchanged, outline: outline,
            inputs: inputs.files)
        try FileSystem.makeFolder(stateFolder)
        try record.save(to: BuildCache.recordFile(of: options))
    }
}
