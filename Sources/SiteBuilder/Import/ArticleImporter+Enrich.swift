import Foundation

extension ArticleImporter {
    /// `mujaz enrich` on every Markdown article under `contentDirectory`.
    public func enrichArticles(in contentDirectory: URL) -> ImportReport {
        enrichFiles(ContentLoader.markdownFiles(in: contentDirectory), root: contentDirectory.deletingLastPathComponent())
    }

    /// Runs enrichment again on imported articles and rewrites only the generated fields that
    /// still hold exactly what Mujaz wrote; fields an editor changed or removed stay as they are.
    /// An article whose values come out the same is not touched, so a second run changes nothing.
    /// Like import, spread over every core with the report in the order of `files`.
    public func enrichFiles(_ files: [URL], root: URL) -> ImportReport {
        ImportReport(merging: Self.distinct(files).concurrentMap { file in
            var report = ImportReport()
            enrichFile(file, root: root, into: &report)
            return report
        })
    }

    private func enrichFile(_ file: URL, root: URL, into report: inout ImportReport) {
        let path = ContentLoader.relativePath(of: file, to: root)
        do throws(Diagnostic) {
            var markdown = try ImportedMarkdown(contentsOf: file, path: path)
            guard let record = GenerationRecord(node: markdown.fields[GenerationRecord.key]) else {
                report.notes.append(Diagnostic(path: path, message: "no `mujaz:` record: every field is the editor's; left as is"))
                report.unchanged.append(file)
                return
            }
            let parts = markdown.articleParts
            let fresh = enricher.enrichment(title: parts.title, paragraphs: parts.paragraphs)

            var updated = record
            updated.generator = Self.generator
            updated.model = enricher.entityFinder.modelVersion
            var edited: [String] = []
            for (key, value) in fresh.fields {
                let current = markdown.value(of: key)
                // A field gone together with its fingerprint was handed back to Mujaz.
                let handedBack = markdown.fields[key] == nil && record.fingerprints[key] == nil
                if record.isGenerated(key, value: current) || handedBack {
                    markdown.fields[key] = value.node
                    updated.fingerprints[key] = value.fingerprint
                } else if record.fingerprints[key] != nil {
                    edited.append(key)
                }
            }
            if !edited.isEmpty {
                report.notes.append(Diagnostic(path: path, message: "kept the editor's \(Self.fieldList(edited))"))
            }
            guard updated != record else {
                report.unchanged.append(file)
                return
            }
            markdown.fields[GenerationRecord.key] = updated.node(order: GeneratedFields.leadingKeys + ArticleEnrichment.keys)
            let serialized: String
            do {
                serialized = try markdown.serialized()
            } catch {
                throw Diagnostic(path: path, message: "cannot write front matter: \(error)")
            }
            guard let readVersion = markdown.readVersion else { throw Diagnostic(path: path, message: "cannot read the file") }
            do {
                try ArticleFileWriting.replace(file.path, text: serialized, read: readVersion)
            } catch where error.message == FileSystem.changedMeanwhile {
                report.notes.append(Diagnostic(path: path, message: "saved by someone else while enrich ran; left as saved (run mujaz enrich again)"))
                report.unchanged.append(file)
                return
            }
            report.written.append(file)
        } catch {
            report.diagnostics.append(error)
        }
    }
}
