import ArabicText

extension OutputWriter {
    /// The files under `folder` (say `search/data/`) that the last complete publish made from `key`, when every
    /// one of them is still on disk as published; nil when the folder must be made again. For output whose file
    /// list is only known once it is made, so it cannot be planned as jobs.
    func reusableFolder(_ folder: String, key: ContentHash, manifest: OutputManifest?) -> [ByteKey: OutputManifest.Entry]? {
        guard let manifest, manifest.state == .complete else { return nil }
        let entries = manifest.entries.filter { $0.key.text.hasPrefix(folder) }
        guard !entries.isEmpty, entries.values.allSatisfy({ $0.renderKey == key }) else { return nil }
        return entries.allSatisfy(isIntact) ? entries : nil
    }

    /// The manifest entries, recorded with `key`, of the `files` the last complete publish wrote with the same
    /// bytes and which are still on disk as it left them: they need not be written again.
    func unchangedFiles(_ files: [OutputFile], key: ContentHash, manifest: OutputManifest?) -> [ByteKey: OutputManifest.Entry] {
        guard let manifest, manifest.state == .complete else { return [:] }
        var unchanged: [ByteKey: OutputManifest.Entry] = [:]
        for file in files {
            let path = ByteKey(file.path)
            guard var entry = manifest.entries[path], entry.size == file.contents.count, entry.hash == ContentHash(file.contents),
                  isIntact(path, entry) else { continue }
            entry.renderKey = key
            unchanged[path] = entry
        }
        return unchanged
    }

    private func isIntact(_ path: ByteKey, _ entry: OutputManifest.Entry) -> Bool {
        guard let status = FileSystem.status(outputFolder + "/" + path.text) else { return false }
        return status.kind == .regularFile && status.size == entry.size && status.modified == entry.modified
    }
}
