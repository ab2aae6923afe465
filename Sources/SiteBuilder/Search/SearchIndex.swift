import ArabicText

/// The search index of a site as static files under `search/data/`, built from values only (see docs/search.md):
/// - `index.json`: the format version, the record chunk sizes and the term prefixes of the shards;
/// - `t/N.json`: shard N, every term starting with its prefix (and not with a longer listed one), each with its
///   articles (`a`: doc-id deltas and field masks, interleaved) and the entities whose name holds it (`e`);
/// - `d/N.json`, `e/N.json`: article and entity records, fixed-size chunks by id.
/// A query fetches `index.json`, the shards of its terms and the chunks of the results it shows.
enum SearchIndex {
    struct Document: Sendable {
        var url: String
        var title: String
        var isoDay: String
        var dateLabel: String
        var summary: String
        var entityNames: [String]
        /// The article's Markdown, when the site indexes whole texts (`search_bodies`); else empty.
        var body = ""
    }

    struct EntityRecord: Sendable {
        var name: String
        var typeLabel: String
        var url: String
        var articleCount: Int
    }

    /// Where a term was found in an article; the script scores title 4, entity 3, summary or body 1.
    struct Fields: OptionSet, Sendable {
        let rawValue: Int
        static let summary = Fields(rawValue: 1)
        static let entity = Fields(rawValue: 2)
        static let title = Fields(rawValue: 4)
        static let body = Fields(rawValue: 8)
    }

    static let folder = "search/data/"
    static let formatVersion = 1
    static let articleChunk = 16
    static let entityChunk = 64
    /// A shard grows past this estimate of its bytes only when its prefix cannot be made longer.
    static let shardBudget = 24_000
    static let longestPrefix = 4
    /// Result records keep the summary's start only: a query fetches a chunk per result shown.
    static let summaryLength = 160

    /// Every file of the index, in a stable order.
    static func files(documents: [Document], entities: [EntityRecord], parallel: Bool) -> [OutputFile] {
        let folded = termFields(of: documents, parallel: parallel)
        var postings = [[Int]](repeating: [], count: folded.terms.count)
        for (id, terms) in folded.documents.enumerated() {
            for (term, fields) in terms { postings[term].append(contentsOf: [id, fields.rawValue]) }
        }
        let articles = Dictionary(uniqueKeysWithValues: zip(folded.terms, postings))
        let (entityIDs, entityWords) = entityTerms(of: entities)
        let terms = Set(articles.keys).union(entityIDs.keys).sorted()
        let shards = partition(terms) { term in
            term.text.utf8.count + 8 + 5 * (articles[term]?.count ?? 0) / 2 + 4 * (entityIDs[term]?.count ?? 0)
        }

        var files: [OutputFile] = []
        let manifest = JSONText.object([
            ("version", String(formatVersion)), ("articles", String(documents.count)), ("entities", String(entities.count)),
            ("articleChunk", String(articleChunk)), ("entityChunk", String(entityChunk)),
            ("shards", JSONText.array(shards.map { JSONText.string($0.prefix) })),
        ])
        files.append(OutputFile(path: folder + "index.json", text: manifest))
        // The files are written as JSON on every core: at 10,000 articles that is most of the index's cost.
        let shardText = { @Sendable (shard: Shard) -> String in
            let articleLists = shard.terms.compactMap { term in
                articles[term].map { (term.text, JSONText.array(deltaEncoded($0).map(String.init))) }
            }
            let entityLists = shard.terms.compactMap { term in
                entityIDs[term].map { (term.text, JSONText.array($0.map(String.init))) }
            }
            return JSONText.object([("a", JSONText.object(articleLists)), ("e", JSONText.object(entityLists))])
        }
        let articleChunkText = { @Sendable (start: Int) -> String in
            JSONText.array(documents[start..<min(start + articleChunk, documents.count)].map { document in
                JSONText.array([document.url, document.title, document.isoDay, document.dateLabel, excerpt(of: document.summary)].map(JSONText.string))
            })
        }
        let entityChunkText = { @Sendable (start: Int) -> String in
            JSONText.array((start..<min(start + entityChunk, entities.count)).map { id in
                let entity = entities[id]
                return JSONText.array([JSONText.string(entity.name), JSONText.string(entity.typeLabel), JSONText.string(entity.url),
                                       String(entity.articleCount), String(entityWords[id])])
            })
        }
        func texts<Element: Sendable>(_ elements: [Element], _ text: @Sendable (Element) -> String) -> [String] {
            parallel ? elements.concurrentMap(text) : elements.map(text)
        }
        for (number, text) in texts(shards, shardText).enumerated() {
            files.append(OutputFile(path: "\(folder)t/\(number).json", text: text))
        }
        for (number, text) in texts(Array(stride(from: 0, to: documents.count, by: articleChunk)), articleChunkText).enumerated() {
            files.append(OutputFile(path: "\(folder)d/\(number).json", text: text))
        }
        for (number, text) in texts(Array(stride(from: 0, to: entities.count, by: entityChunk)), entityChunkText).enumerated() {
            files.append(OutputFile(path: "\(folder)e/\(number).json", text: text))
        }
        return files
    }

    /// Each term of the entities' names with the entities whose name holds it, and the number of words of each name.
    static func entityTerms(of entities: [EntityRecord]) -> (ids: [ByteKey: [Int]], words: [Int]) {
        var entityIDs: [ByteKey: [Int]] = [:]
        var entityWords: [Int] = []
        for (id, entity) in entities.enumerated() {
            let words = SearchTerms.fold(entity.name)
            entityWords.append(words.count)
            var seen = Set<ByteKey>()
            for term in words.joined().map(ByteKey.init) where seen.insert(term).inserted { entityIDs[term, default: []].append(id) }
        }
        return (entityIDs, entityWords)
    }

    /// Every term of the site, and each article's distinct terms (indexes into `terms`) with every field they
    /// appear in, in first-seen order.
    struct FoldedDocuments {
        var terms: [ByteKey] = []
        var documents: [[(term: Int, fields: Fields)]] = []
    }

    /// Folds the articles' words. Each distinct word of the site is folded once (folding is most of the index's
    /// cost, and news repeats its words), and words and terms are numbered so articles merge them by integer.
    static func termFields(of documents: [Document], parallel: Bool) -> FoldedDocuments {
        let collect = { @Sendable (document: Document) -> [(ByteKey, Fields)] in wordFields(of: document) }
        let documentWords = parallel ? documents.concurrentMap(collect) : documents.map(collect)
        var wordIDs: [ByteKey: Int] = [:]
        var words: [ByteKey] = []
        let numbered = documentWords.map { pairs in
            pairs.map { word, fields -> (Int, Fields) in
                if let id = wordIDs[word] { return (id, fields) }
                wordIDs[word] = words.count
                words.append(word)
                return (words.count - 1, fields)
            }
        }
        let fold = { @Sendable (word: ByteKey) -> [String] in SearchTerms.terms(of: word.text[...]) }
        let wordTerms = parallel ? words.concurrentMap(fold) : words.map(fold)
        var result = FoldedDocuments()
        var termIDs: [ByteKey: Int] = [:]
        let wordTermIDs = wordTerms.map { terms in
            terms.map { term -> Int in
                let key = ByteKey(term)
                if let id = termIDs[key] { return id }
                termIDs[key] = result.terms.count
                result.terms.append(key)
                return result.terms.count - 1
            }
        }
        let merge = { @Sendable (pairs: [(Int, Fields)]) -> [(term: Int, fields: Fields)] in
            var order: [Int] = []
            var fields: [Int: Fields] = [:]
            for (word, field) in pairs {
                for term in wordTermIDs[word] {
                    if let known = fields[term] {
                        fields[term] = known.union(field)
                    } else {
                        fields[term] = field
                        order.append(term)
                    }
                }
            }
            return order.map { ($0, fields[$0] ?? []) }
        }
        result.documents = parallel ? numbered.concurrentMap(merge) : numbered.map(merge)
        return result
    }

    /// The article's distinct words, as written, with the fields they appear in, in first-seen order.
    static func wordFields(of document: Document) -> [(ByteKey, Fields)] {
        var order: [ByteKey] = []
        var fields: [ByteKey: Fields] = [:]
        func add(_ text: String, _ field: Fields) {
            for word in SearchTerms.words(in: text) {
                let key = ByteKey(String(word))
                if let known = fields[key] {
                    if !known.contains(field) { fields[key] = known.union(field) }
                } else {
                    fields[key] = field
                    order.append(key)
                }
            }
        }
        add(document.title, .title)
        for name in document.entityNames { add(name, .entity) }
        add(document.summary, .summary)
        add(document.body, .body)
        return order.map { ($0, fields[$0] ?? []) }
    }

    /// `[id, fields, id, fields…]` with each id written as the gap from the one before (ids ascend).
    static func deltaEncoded(_ postings: [Int]) -> [Int] {
        var encoded = postings
        var previous = 0
        for index in stride(from: 0, to: postings.count, by: 2) {
            encoded[index] = postings[index] - previous
            previous = postings[index]
        }
        return encoded
    }

    struct Shard: Equatable {
        var prefix: String
        var terms: [ByteKey]
    }

    /// Shards by term prefix, one letter first; a prefix whose terms outgrow the budget gets a letter longer,
    /// keeping only the terms no longer than itself. `terms` are sorted, so every shard's terms are contiguous.
    static func partition(_ terms: [ByteKey], budget: Int = shardBudget, size: (ByteKey) -> Int) -> [Shard] {
        var shards: [Shard] = []
        func split(_ terms: ArraySlice<ByteKey>, prefixLength: Int) {
            var groups: [(prefix: String, terms: ArraySlice<ByteKey>)] = []
            var start = terms.startIndex
            while start < terms.endIndex {
                let prefix = String(terms[start].text.unicodeScalars.prefix(prefixLength))
                var end = start + 1
                while end < terms.endIndex, String(terms[end].text.unicodeScalars.prefix(prefixLength)) == prefix { end += 1 }
                groups.append((prefix, terms[start..<end]))
                start = end
            }
            for group in groups {
                let total = group.terms.reduce(0) { $0 + size($1) }
                if total <= budget || prefixLength >= longestPrefix {
                    shards.append(Shard(prefix: group.prefix, terms: Array(group.terms)))
                    continue
                }
                let own = group.terms.filter { $0.text.unicodeScalars.count <= prefixLength }
                shards.append(Shard(prefix: group.prefix, terms: own))
                split(group.terms.filter { $0.text.unicodeScalars.count > prefixLength }[...], prefixLength: prefixLength + 1)
            }
        }
        split(terms[...], prefixLength: 1)
        return shards
    }

    static func excerpt(of summary: String) -> String {
        let scalars = summary.unicodeScalars
        guard summary.utf8.count > summaryLength,
              let end = scalars.index(scalars.startIndex, offsetBy: summaryLength, limitedBy: scalars.endIndex), end < scalars.endIndex
        else { return summary }
        let cut = scalars[..<end]
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord) + "…"
    }
}
