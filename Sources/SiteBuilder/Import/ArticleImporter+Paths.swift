import Foundation

extension ArticleImporter {
    /// Whether `text` is a date the front matter accepts: `2025-10-06`, optionally with a time
    /// and offset (`2025-10-06T09:30:00+03:00`).
    public static func isValidDate(_ text: String) -> Bool {
        ArticleDate(iso: text) != nil
    }

    /// `file` relative to the site root when it lies inside it, as in messages.
    public static func displayPath(of file: URL, root: URL) -> String {
        ContentLoader.relativePath(of: file, to: root)
    }
}
