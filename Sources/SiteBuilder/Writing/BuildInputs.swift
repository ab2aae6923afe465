import ArabicText

/// Everything a build's output depends on, reduced to one fingerprint: Mujaz's identity (version, model
/// version, the executable itself), the options that shape pages, and the content hash of every input file.
struct BuildInputs: Sendable, Hashable {
    /// Keyed by path relative to the site root.
    var files: [String: InputFile]
    /// Who builds (see `BuildCache.tool`).
    var tool: String
    var fingerprint: ContentHash

    init(files: [String: InputFile], tool: String, options: BuildOptions) {
        self.files = files
        self.tool = tool
        var text = "tool \(tool)\noutput \(options.output.fileSystemPath)\n"
        text += "base-url \(options.baseURL ?? "-")\n"
        // Sorted by bytes: Swift's Unicode-aware String order is slow on tens of thousands of Arabic paths.
        for (path, file) in files.map({ (ByteKey($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
            text += "\(file.hash) \(path.text)\n"
        }
        self.fingerprint = ContentHash(text)
    }
}
