import Enrichment
import Foundation

/// What `mujaz entities --review` shows an editor: every entity the rules find in the site's articles, one row per
/// type and name, with its articles and mentions, the model's best confidence, and why it gets no page when it gets
/// none; so that `Content/entities.yml` can ban, merge, retype or force one in a minute.
public enum EntityReview {
    public struct Row: Sendable, Equatable {
        public var type: EntityType
        public var name: String
        public var articles: Int
        public var mentions: Int
        /// The model's best margin (`CanonicalEntity.confidence`); nil when a rule or the alias file found it.
        public var confidence: Float?
        /// Nil: the entity has a page (some article gives it one).
        public var leftOut: ReviewedEntity.Reason?
    }

    /// Reads the title and body of every Markdown article under `content` again with `extractor`. Rows with a page
    /// come first, then those left out; each group by articles, then mentions (most first), then name.
    public static func rows(content: URL, extractor: EntityExtractor) -> (rows: [Row], diagnostics: [Diagnostic]) {
        let root = content.deletingLastPathComponent()
        let results = ContentLoader.markdownFiles(in: content).concurrentMap { file -> Result<[ReviewedEntity], Diagnostic> in
            let path = ContentLoader.relativePath(of: file, to: root)
            do throws(Diagnostic) {
                let parts = try ImportedMarkdown(contentsOf: file, path: path).articleParts
                let text = ArticleText(title: parts.title, body: parts.paragraphs.joined(separator: "\n\n"))
                return .success(extractor.reviewed(in: text))
            } catch {
                return .failure(error)
            }
        }
        struct Key: Hashable {
            var type: EntityType
            var key: String
        }
        var rows: [Key: Row] = [:]
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let reviewed):
                for item in reviewed {
                    let entity = item.entity
                    let key = Key(type: entity.type, key: entity.key)
                    var row = rows[key] ?? Row(type: entity.type, name: entity.name, articles: 0, mentions: 0,
                                               confidence: entity.confidence, leftOut: item.leftOut)
                    row.articles += 1
                    row.mentions += entity.mentions
                    // A mention that a rule or the alias file found makes the entity certain (nil).
                    if let current = row.confidence, let other = entity.confidence {
                        row.confidence = max(current, other)
                    } else {
                        row.confidence = nil
                    }
                    if item.leftOut == nil { row.leftOut = nil }
                    rows[key] = row
                }
            }
        }
        let sorted = rows.values.sorted { lhs, rhs in
            if (lhs.leftOut == nil) != (rhs.leftOut == nil) { return lhs.leftOut == nil }
            if lhs.articles != rhs.articles { return lhs.articles > rhs.articles }
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            return (lhs.type, lhs.name) < (rhs.type, rhs.name)
        }
        return (sorted, diagnostics)
    }
}

