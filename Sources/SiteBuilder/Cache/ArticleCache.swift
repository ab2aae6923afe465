import ArabicText
import Enrichment

/// Articles as the last successful build read them, kept in `SITE/.mujaz/articles` and keyed by the content hash
/// of their file, so a warm build neither parses the YAML nor renders the Markdown of an unchanged article.
/// The HTML body is not kept: the few article pages that must be rendered again read their file then.
///
/// The whole cache belongs to one context (Mujaz's identity and the config, which decides the lead summary);
/// in any other context, or if the file is damaged, it is ignored and the build parses everything.
struct ArticleCache: Sendable {
    static let fileName = "articles"
    private static let signature = "mujaz-article-cache 3"

    /// An article without its Markdown: everything the site model needs.
    struct Entry: Sendable {
        var source: ArticleSource
        var wordCount: Int
        var summary: String
    }

    let context: String
    /// By path (keyed by bytes, see `OutputManifest.entries`).
    private(set) var entries: [ByteKey: Entry]

    init(context: String, entries: [ByteKey: Entry] = [:]) {
        self.context = context
        self.entries = entries
    }

    /// The cached article of `path` when its content hash is still `hash`.
    func entry(for path: String, hash: ContentHash) -> Entry? {
        guard let entry = entries[ByteKey(path)], entry.source.contentHash == hash else { return nil }
        return entry
    }

    static func load(from file: String, context: String) -> ArticleCache {
        guard var reader = ByteReader(file: file, signature: signature), reader.readString() == context,
              let count = reader.readCount()
        else {
            return ArticleCache(context: context)
        }
        var entries: [ByteKey: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let entry = readEntry(&reader) else { return ArticleCache(context: context) }
            entries[ByteKey(entry.source.path)] = entry
        }
        return ArticleCache(context: context, entries: reader.isAtEnd ? entries : [:])
    }

    func save(to file: String) throws(Diagnostic) {
        var writer = ByteWriter(signature: Self.signature)
        writer.write(context)
        writer.write(entries.count)
        // In dictionary order: only Mujaz reads the file back.
        for entry in entries.values {
            Self.write(entry, to: &writer)
        }
        try writer.save(to: file)
    }

    private static func write(_ entry: Entry, to writer: inout ByteWriter) {
        let source = entry.source
        writer.write(source.path)
        writer.write(source.contentHash.value)
        writer.write(source.title)
        writer.write(source.date.isoStringAsWritten)
        writer.write(source.slug)
        writer.write(source.summary)
        for type in EntityType.allCases { writer.write(source.names[type] ?? []) }
        writer.write(source.tags)
        writer.write(source.draft)
        write(.map(source.params), to: &writer)
        writer.write(entry.wordCount)
        // Most articles carry their summary in front matter: kept once, not twice.
        writer.write(entry.summary == source.summary ? nil : entry.summary)
    }

    private static func readEntry(_ reader: inout ByteReader) -> Entry? {
        guard let path = reader.readString(), let hash = reader.readUInt64(), let title = reader.readString(),
              let date = reader.readString().flatMap(ArticleDate.init(iso:)),
              let slug = reader.readOptionalString(), let summary = reader.readOptionalString()
        else { return nil }
        var names: [EntityType: [String]] = [:]
        for type in EntityType.allCases {
            guard let list = reader.readStrings() else { return nil }
            if !list.isEmpty { names[type] = list }
        }
        guard let tags = reader.readStrings(), let draft = reader.readBool(),
              case .map(let params)? = readValue(&reader, depth: 0),
              let wordCount = reader.readInt(), let preparedSummary = reader.readOptionalString()
        else { return nil }
        let source = ArticleSource(
            path: path, title: title, date: date, slug: slug, summary: summary, names: names, tags: tags,
            draft: draft, params: params, markdown: nil, contentHash: ContentHash(value: hash))
        return Entry(source: source, wordCount: wordCount, summary: preparedSummary ?? summary ?? "")
    }

    private enum ValueTag: UInt64 { case text, flag, list, map }

    private static func write(_ value: FrontMatterValue, to writer: inout ByteWriter) {
        switch value {
        case .text(let text):
            writer.write(ValueTag.text.rawValue)
            writer.write(text)
        case .flag(let flag):
            writer.write(ValueTag.flag.rawValue)
            writer.write(flag)
        case .list(let items):
            writer.write(ValueTag.list.rawValue)
            writer.write(items.count)
            for item in items { write(item, to: &writer) }
        case .map(let entries):
            writer.write(ValueTag.map.rawValue)
            writer.write(entries.count)
            for key in entries.keys.sorted() {
                writer.write(key)
                if let item = entries[key] { write(item, to: &writer) }
            }
        }
    }

    /// Depth-limited so a damaged file cannot recurse without end.
    private static func readValue(_ reader: inout ByteReader, depth: Int) -> FrontMatterValue? {
        guard depth < 64, let tag = reader.readUInt64().flatMap(ValueTag.init(rawValue:)) else { return nil }
        switch tag {
        case .text:
            return reader.readString().map(FrontMatterValue.text)
        case .flag:
            return reader.readBool().map(FrontMatterValue.flag)
        case .list:
            guard let count = reader.readCount() else { return nil }
            var items: [FrontMatterValue] = []
            for _ in 0..<count {
                guard let item = readValue(&reader, depth: depth + 1) else { return nil }
                items.append(item)
            }
            return .list(items)
        case .map:
            guard let count = reader.readCount() else { return nil }
            var entries: [String: FrontMatterValue] = [:]
            for _ in 0..<count {
                guard let key = reader.readString(), let item = readValue(&reader, depth: depth + 1) else { return nil }
                entries[key] = item
            }
            return .map(entries)
        }
    }
}
