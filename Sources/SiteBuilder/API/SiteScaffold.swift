import Foundation

/// `mujaz init`: a new site from the theme built into the binary, so it works from any folder.
public enum SiteScaffold {
    static let sampleConfig = """
    # Mujaz site settings.
    title: موجز
    description: موجز الأخبار اليومية
    # The address the site is published at; a subfolder works too (https://example.org/news/).
    base_url: http://localhost:8080/
    language: ar
    direction: rtl
    items_per_page: 10
    # months: gregorian (أكتوبر) or levantine (تشرين الأول); digits: arabic-indic (٢٠٢٤) or latin (2024).
    date_style:
      months: gregorian
      digits: arabic-indic
    # Sentences kept in an imported article's summary.
    summary_sentences: 2

    """

    static let gitignore = "/Public/\n/.mujaz/\n"

    /// Creates `mujaz.yml`, `Templates/`, an empty `Content/` and `.gitignore` in `directory`.
    /// Refuses to overwrite: every file that already exists is reported and nothing is written.
    public static func create(at directory: URL) throws {
        var files: [(path: String, contents: String)] = [
            (SiteConfig.fileName, sampleConfig),
            (".gitignore", gitignore),
        ]
        files += DefaultTheme.files.sorted { $0.key < $1.key }.map { ("Templates/\($0.key)", $0.value) }
        let fileManager = FileManager.default
        let existing = files.filter { fileManager.fileExists(atPath: directory.appendingPathComponent($0.path).path) }
        if !existing.isEmpty {
            throw BuildFailure(existing.map { Diagnostic(path: directory.appendingPathComponent($0.path).path, message: "already exists; mujaz init does not overwrite files") })
        }
        do {
            try fileManager.createDirectory(at: directory.appendingPathComponent("Content", isDirectory: true), withIntermediateDirectories: true)
            for file in files {
                let url = directory.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            throw BuildFailure([Diagnostic(path: directory.path, message: "cannot create the site: \(error.localizedDescription)")])
        }
    }
}
