import ArabicText
import Foundation

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

        /// The texts whose words are indexed: the title, the entity names, the summary and the body.
        var partCount: Int { entityNames.count + 3 }

        func part(_ index: Int) -> (text: String, field: Fields) {
            switch index {
            case 0: (title, .title)
            case entityNames.count + 1: (summary, .summary)
            case entityNames.count + 2: (body, .body)
            default: (entityNames[index - 1], .entity)
            }
        }
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
        let (entityIDs, entityWords) = entityTerms(of: entities)
        let index = termIndex(of: documents, entityIDs: entityIDs, parallel: parallel)
        let order = index.byteOrder()
        let terms = order.map { index.texts[$0] }
        let shards = partition(terms) { position in
            let term = order[position]
            return terms[position].text.utf8.count + 8 + 5 * index.postings(of: term).count + 4 * index.entities[term].count
        }

        var files: [OutputFile] = []
        let manifest = JSONText.object([
            ("version", String(formatVersion)), ("articles", String(documents.count)), ("entities", String(entities.count)),
            ("articleChunk", String(articleChunk)), ("entityChunk", String(entityChunk)),
            ("shards", JSONText.array(shards.map { JSONText.string($0.prefix) })),
        ])
        files.append(OutputFile(path: folder + "index.json", text: manifest))
        // The files are written as JSON on every core. Postings are most of the bytes: shards are written as bytes,
        // without a string per number.
        let shardJSON = { @Sendable (positions: Range<Int>) -> [UInt8] in
            var json = Array(#"{"a":{"#.utf8)
            for position in positions {
                let postings = index.postings(of: order[position])
                guard !postings.isEmpty else { continue }
                if json.last != UInt8(ascii: "{") { json.append(UInt8(ascii: ",")) }
                json += JSONText.string(terms[position].text).utf8
                json += ":[".utf8
                // Article ids ascend and are written as the gap from the one before, each followed by its fields.
                var previous: Int32 = 0
                for posting in postings {
                    if json.last != UInt8(ascii: "[") { json.append(UInt8(ascii: ",")) }
                    appendDecimal(Int(posting.article - previous), to: &json)
                    json.append(UInt8(ascii: ","))
                    appendDecimal(Int(posting.fields), to: &json)
                    previous = posting.article
                }
                json.append(UInt8(ascii: "]"))
            }
            let entityLists = positions.compactMap { position -> (String, String)? in
                let ids = index.entities[order[position]]
                return ids.isEmpty ? nil : (terms[position].text, JSONText.array(ids.map(String.init)))
            }
            return json + #"},"e":"#.utf8 + JSONText.object(entityLists).utf8 + "}".utf8
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
        func texts<Element: Sendable, Text: Sendable>(_ elements: [Element], _ text: @Sendable (Element) -> Text) -> [Text] {
            parallel ? elements.concurrentMap(text) : elements.map(text)
        }
        var shardStart = 0
        let shardPositions = shards.map { shard in
            defer { shardStart += shard.terms.count }
            return shardStart..<shardStart + shard.terms.count
        }
        for (number, json) in texts(shardPositions, shardJSON).enumerated() {
            files.append(OutputFile(path: "\(folder)t/\(number).json", contents: json))
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

    /// Every term of the site's articles and entity names, by id: its text, the articles it appears in (ascending
    /// ids, with the fields of each) and the entities whose name holds it.
    struct TermIndex: Sendable {
        var texts: [ByteKey] = []
        /// Term t's postings are `allPostings[postingStarts[t]..<postingStarts[t + 1]]`.
        var postingStarts: [Int] = []
        var allPostings: [(article: Int32, fields: UInt8)] = []
        var entities: [[Int]] = []

        func postings(of term: Int) -> ArraySlice<(article: Int32, fields: UInt8)> {
            allPostings[postingStarts[term]..<postingStarts[term + 1]]
        }

        /// Term ids in the byte order of their texts. The first eight bytes, compared as one number, settle most
        /// comparisons without reading the strings.
        func byteOrder() -> [Int] {
            let leads = texts.map { text in
                zip(text.text.utf8.prefix(8), stride(from: 56, through: 0, by: -8)).reduce(UInt64(0)) { $0 | UInt64($1.0) << $1.1 }
            }
            return texts.indices.sorted { leads[$0] != leads[$1] ? leads[$0] < leads[$1] : texts[$0] < texts[$1] }
        }
    }

    /// Where a distinct word was first seen: its hash, and its bytes in text `part` of an article (see `Document.part`).
    struct WordPlace: Sendable {
        var hash: UInt64
        var article: Int32
        var part: Int32
        var bytes: Range<Int32>
    }

    /// The words of a range of articles: each distinct one once, and each article's distinct words (positions in
    /// `vocabulary`) with every field they appear in.
    struct RangeWords: Sendable {
        var vocabulary: [WordPlace] = []
        var uses: [(word: Int32, fields: UInt8)] = []
        /// The range's article k uses `uses[ends[k - 1]..<ends[k]]`.
        var ends: [Int] = []

        init(of documents: [Document], in range: Range<Int>) {
            var positions = HashPositions()
            // By word: its latest index in `uses`, at or past the article's first when the article has it already.
            var latestUse: [Int] = []
            for article in range {
                let firstUse = uses.count
                let document = documents[article]
                for part in 0..<document.partCount {
                    let (text, field) = document.part(part)
                    HashedWords.forEach(in: text) { hash, bytes in
                        let (word, inserted) = positions.insert(hash)
                        if inserted {
                            vocabulary.append(WordPlace(hash: hash, article: Int32(article), part: Int32(part),
                                                        bytes: Int32(bytes.lowerBound)..<Int32(bytes.upperBound)))
                            latestUse.append(-1)
                        }
                        if latestUse[word] >= firstUse {
                            uses[latestUse[word]].fields |= UInt8(field.rawValue)
                        } else {
                            latestUse[word] = uses.count
                            uses.append((Int32(word), UInt8(field.rawValue)))
                        }
                    }
                }
                ends.append(uses.count)
            }
        }
    }

    /// Folds the articles' words into the site's terms. Words are told apart by the hash of their bytes and
    /// gathered in ranges of articles on every core, so a word met before costs no string and no dictionary; each
    /// distinct word of the site is folded once (folding is the costly part, and news repeats its words). 64-bit
    /// hashes of the few hundred thousand words and terms of a site do not collide in practice.
    static func termIndex(of documents: [Document], entityIDs: [ByteKey: [Int]], parallel: Bool) -> TermIndex {
        func map<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
            parallel ? elements.concurrentMap(transform) : elements.map(transform)
        }
        // A few ranges per core balance the load; each more repeats its common words in the site's numbering.
        let rangeCount = parallel ? ProcessInfo.processInfo.activeProcessorCount * 4 : 1
        let rangeSize = max(1, (documents.count + rangeCount - 1) / rangeCount)
        let ranges = stride(from: 0, to: documents.count, by: rangeSize).map { $0..<min($0 + rangeSize, documents.count) }
        let rangeWords = map(ranges) { RangeWords(of: documents, in: $0) }

        var wordPositions = HashPositions()
        var places: [WordPlace] = []
        let wordIDs = rangeWords.map { words in
            words.vocabulary.map { place in
                let (id, inserted) = wordPositions.insert(place.hash)
                if inserted { places.append(place) }
                return Int32(id)
            }
        }
        let wordTerms = map(places) { place in
            let text = documents[Int(place.article)].part(Int(place.part)).text.utf8
            let start = text.index(text.startIndex, offsetBy: Int(place.bytes.lowerBound))
            let end = text.index(text.startIndex, offsetBy: Int(place.bytes.upperBound))
            return SearchTerms.terms(of: Substring(text[start..<end]))
        }

        var index = TermIndex()
        var termPositions = HashPositions()
        func termID(_ text: String) -> Int {
            let (id, inserted) = termPositions.insert(HashedWords.hash(text))
            if inserted { index.texts.append(ByteKey(text)) }
            return id
        }
        let wordTermIDs = wordTerms.map { terms in terms.map { Int32(termID($0)) } }
        let termCount = index.texts.count
        index.entities = Array(repeating: [], count: termCount)
        for (term, ids) in entityIDs {
            // A term of entity names only is new here.
            let id = termID(term.text)
            if id == index.entities.count { index.entities.append(ids) } else { index.entities[id] = ids }
        }

        // Each article's distinct terms with their fields, as `term << 8 | fields`; the range's article k has
        // `terms[ends[k - 1]..<ends[k]]`.
        let rangeTerms = map(Array(rangeWords.indices)) { range -> (terms: [UInt64], ends: [Int]) in
            let words = rangeWords[range]
            var terms: [UInt64] = []
            var ends: [Int] = []
            // By term: its latest index in `terms`, at or past the article's first when the article has it already.
            var latest = [Int](repeating: -1, count: termCount)
            for (article, end) in words.ends.enumerated() {
                let first = terms.count
                for use in words.uses[(article == 0 ? 0 : words.ends[article - 1])..<end] {
                    for term in wordTermIDs[Int(wordIDs[range][Int(use.word)])] {
                        if latest[Int(term)] >= first {
                            terms[latest[Int(term)]] |= UInt64(use.fields)
                        } else {
                            latest[Int(term)] = terms.count
                            terms.append(UInt64(term) << 8 | UInt64(use.fields))
                        }
                    }
                }
                ends.append(terms.count)
            }
            return (terms, ends)
        }

        // The postings, term by term, filled article by article so each term's ids ascend.
        var starts = [Int](repeating: 0, count: index.texts.count + 1)
        for (terms, _) in rangeTerms { for term in terms { starts[Int(term >> 8) + 1] += 1 } }
        for term in index.texts.indices { starts[term + 1] += starts[term] }
        var next = starts
        index.allPostings = Array(repeating: (0, 0), count: starts[index.texts.count])
        for (range, (terms, ends)) in zip(ranges, rangeTerms) {
            for (article, end) in zip(range, ends) {
                for term in terms[(article == range.lowerBound ? 0 : ends[article - range.lowerBound - 1])..<end] {
                    let id = Int(term >> 8)
                    index.allPostings[next[id]] = (Int32(article), UInt8(truncatingIfNeeded: term))
                    next[id] += 1
                }
            }
        }
        index.postingStarts = starts
        return index
    }

    /// Appends the decimal digits of `number`, which is not negative.
    static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
            divisor /= 10
        }
    }

    struct Shard: Equatable {
        var prefix: String
        var terms: [ByteKey]
    }

    /// Shards by term prefix, one letter first; a prefix whose terms outgrow the budget gets a letter longer,
    /// keeping only the term that is the prefix itself. `terms` are sorted, so every shard's terms are contiguous and
    /// the shards hold all the terms in order; `size` is given a term's position in `terms`.
    static func partition(_ terms: [ByteKey], budget: Int = shardBudget, size: (Int) -> Int) -> [Shard] {
        var shards: [Shard] = []
        func split(_ positions: Range<Int>, prefixLength: Int) {
            var start = positions.lowerBound
            while start < positions.upperBound {
                let prefix = terms[start].text.unicodeScalars.prefix(prefixLength)
                var end = start + 1
                while end < positions.upperBound, terms[end].text.unicodeScalars.prefix(prefixLength).elementsEqual(prefix) { end += 1 }
                let group = start..<end
                start = end
                if group.reduce(0, { $0 + size($1) }) <= budget || prefixLength >= longestPrefix {
                    shards.append(Shard(prefix: String(prefix), terms: Array(terms[group])))
                    continue
                }
                // The group's terms start with the prefix: only the prefix itself, sorted first, is no longer.
                let own = terms[group.lowerBound].text.unicodeScalars.count <= prefixLength ? 1 : 0
                shards.append(Shard(prefix: String(prefix), terms: Array(terms[group.prefix(own)])))
                split(group.dropFirst(own), prefixLength: prefixLength + 1)
            }
        }
        split(terms.indices, prefixLength: 1)
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
