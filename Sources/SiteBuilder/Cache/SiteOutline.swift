import ArabicText
import Enrichment

/// The site model as the last full build left it, reduced to what pages show of one another: each article's
/// listing (title, URL segment, date, summary), its entities and related articles, each entity's link, and the
/// digest of everything the model took from the article (`PageKeys.outline(of:)`). Saved in `.mujaz/site-outline`.
///
/// When only the bodies of articles change, no other page changes, and this is all their own pages need from the
/// rest of the site: such a build renders them without loading every article or building the model
/// (`SiteBuild.rebuildEditedArticles`). Records are decoded only when asked for.
struct SiteOutline: Sendable {
    static let fileName = "site-outline"
    private static let signature = "mujaz-site-outline 3"

    struct ArticleOutline: Sendable {
        /// The article's index in the model (newest first).
        var index: Int
        var digest: ContentHash
        var title: String
        var slug: String
        var isoDate: String
        var summary: String
        var entityIDs: [Int]
        var entityNames: [String]
        var related: [Int]
    }

    struct EntityOutline: Sendable {
        var type: EntityType
        var name: String
        var slug: String
    }

    /// What the outline was made under: Mujaz, the config, the options and every input but the articles.
    let context: ContentHash
    /// The file's hash: the build record names the outline it goes with.
    let hash: ContentHash
    private let bytes: [UInt8]
    private let articleOffsets: [Int]
    private let entityOffsets: [Int]

    /// The outline saved at `file`, indexed; nil when it is missing or damaged.
    init?(file: String) {
        guard let bytes = FileSystem.contents(file) else { return nil }
        self.init(bytes)
    }

    init?(_ bytes: [UInt8]) {
        // The records are found by the offsets the file lists, not by reading through them all: a record is checked
        // when it is decoded, and a truncated file by its last record, which must end where the file does.
        guard var reader = ByteReader(bytes, signature: Self.signature), let context = reader.readUInt64(),
              let articleStarts = reader.readInts(), let entityStarts = reader.readInts()
        else { return nil }
        let recordsStart = reader.position, withinRecords = 0...(bytes.count - recordsStart)
        guard articleStarts.allSatisfy(withinRecords.contains), entityStarts.allSatisfy(withinRecords.contains) else { return nil }
        let articleOffsets = articleStarts.map { recordsStart + $0 }, entityOffsets = entityStarts.map { recordsStart + $0 }
        var last = reader
        if let offset = entityOffsets.last {
            guard last.seek(to: offset), Self.readEntity(&last) != nil else { return nil }
        } else if let offset = articleOffsets.last {
            guard last.seek(to: offset), Self.readArticle(&last, index: 0) != nil else { return nil }
        }
        guard last.isAtEnd else { return nil }
        self.context = ContentHash(value: context)
        self.hash = ContentHash(bytes)
        self.bytes = bytes
        self.articleOffsets = articleOffsets
        self.entityOffsets = entityOffsets
    }

    /// Saves the outline of `model` and returns the file's hash.
    static func save(_ model: SiteModel, digests: [ContentHash], context: ContentHash, to file: String) throws(Diagnostic) -> ContentHash {
        var records = ByteWriter()
        var articleOffsets: [Int] = [], entityOffsets: [Int] = []
        for (index, article) in model.articles.enumerated() {
            articleOffsets.append(records.bytes.count)
            records.write(article.source.path)
            records.write(digests[index].value)
            records.write(article.title)
            records.write(article.slug)
            records.write(article.date.isoStringAsWritten)
            records.write(article.summary)
            records.write(article.entityIDs)
            records.write(article.entityNames.count)
            for name in article.entityNames { records.write(name) }
            records.write(model.related[index])
        }
        for entity in model.entities {
            entityOffsets.append(records.bytes.count)
            records.write(entity.type.rawValue)
            records.write(entity.name)
            records.write(entity.slug)
        }
        var writer = ByteWriter(signature: signature)
        writer.write(context.value)
        writer.write(articleOffsets)
        writer.write(entityOffsets)
        writer.append(encoded: records.bytes[...])
        return try writer.save(to: file)
    }

    var articleCount: Int { articleOffsets.count }
    var entityCount: Int { entityOffsets.count }

    /// The index of the article at `path` (relative to the site root), found without decoding any other record.
    func index(ofArticleAt path: String) -> Int? {
        let wanted = Array(path.utf8)
        return articleOffsets.indices.first { index in
            var reader = ByteReader(bytes)
            return reader.seek(to: articleOffsets[index]) && reader.readStringBytes()?.elementsEqual(wanted) == true
        }
    }

    func article(_ index: Int) -> ArticleOutline? {
        guard articleOffsets.indices.contains(index) else { return nil }
        var reader = ByteReader(bytes)
        guard reader.seek(to: articleOffsets[index]) else { return nil }
        return Self.readArticle(&reader, index: index)
    }

    func entity(_ id: Int) -> EntityOutline? {
        guard entityOffsets.indices.contains(id) else { return nil }
        var reader = ByteReader(bytes)
        guard reader.seek(to: entityOffsets[id]) else { return nil }
        return Self.readEntity(&reader)
    }

    private static func readArticle(_ reader: inout ByteReader, index: Int) -> ArticleOutline? {
        guard reader.readStringBytes() != nil, let digest = reader.readUInt64(), let title = reader.readString(),
              let slug = reader.readString(), let isoDate = reader.readString(), let summary = reader.readString(),
              let entityIDs = reader.readInts(), let nameCount = reader.readCount()
        else { return nil }
        var entityNames: [String] = []
        for _ in 0..<nameCount {
            guard let name = reader.readString() else { return nil }
            entityNames.append(name)
        }
        guard let related = reader.readInts() else { return nil }
        return ArticleOutline(index: index, digest: ContentHash(value: digest), title: title, slug: slug, isoDate: isoDate,
                              summary: summary, entityIDs: entityIDs, entityNames: entityNames, related: related)
    }

    private static func readEntity(_ reader: inout ByteReader) -> EntityOutline? {
        guard let type = reader.readString().flatMap(EntityType.init(rawValue:)), let name = reader.readString(),
              let slug = reader.readString()
        else { return nil }
        return EntityOutline(type: type, name: name, slug: slug)
    }
}
