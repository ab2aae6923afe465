import ArabicText

/// Everything a build's output depends on, reduced to one fingerprint: Mujaz's identity (version, model
/// version, the executable itself), the options that shape pages, and the content hash of every input file.
struct BuildInputs: Sendable, Hashable {
    /// Keyed by path relative to the site root.
    var files: [String: InputFile]
    /// Who builds (see `BuildCache.tool`).
    var tool: String
    var fingerprint: ContentHash
    /// Files the build reads that are there but cannot be read (no permission, a link to nothing or a loop, not a
    /// regular file), each a diagnostic: a build never leaves them out without a word.
    var unusable: [Diagnostic]

    init(files: [String: InputFile], tool: String, options: BuildOptions, unusable: [Diagnostic] = []) {
        self.files = files
        self.tool = tool
        self.unusable = unusable
        var digest = DigestBuilder("inputs")
        digest.add(tool)
        digest.add(options.output.fileSystemPath)
        digest.add(options.baseURL ?? "-")
        // Each file's path and hash make one entry digest; sorting those numbers gives a fixed order far more
        // cheaply than sorting tens of thousands of paths.
        let entries = files.map { path, file in
            var entry = DigestBuilder(path)
            entry.add(file.hash)
            return entry.digest.value
        }
        digest.add(entries.count)
        for entry in entries.sorted() { digest.add(entry) }
        self.fingerprint = digest.digest
    }
}
