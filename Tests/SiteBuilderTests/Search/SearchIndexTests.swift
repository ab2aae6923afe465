import ArabicText
import Foundation
import Testing
@testable import SiteBuilder

/// The index files made from values: manifest, shards, records.
@Suite struct SearchIndexTests {
    static let documents = [
        SearchIndex.Document(url: "/articles/a/", title: "قمة في القاهرة", isoDay: "2026-12-05", dateLabel: "٥ ديسمبر ٢٠٢٦",
                             summary: "اجتمع القادة وبحثوا الوضع في غزة.", entityNames: ["دونالد ترامب", "القاهرة"]),
        SearchIndex.Document(url: "/articles/b/", title: "أخبار \"غزة\" <اليوم>", isoDay: "2026-12-04", dateLabel: "٤ ديسمبر ٢٠٢٦",
                             summary: "وصل ترامب إلى المنطقة.", entityNames: []),
    ]
    static let entities = [
        SearchIndex.EntityRecord(name: "دونالد ترامب", typeLabel: "شخص", url: "/people/ترامب/", articleCount: 1),
        SearchIndex.EntityRecord(name: "القاهرة", typeLabel: "مكان", url: "/places/القاهرة/", articleCount: 1),
    ]

    static func files() -> [String: String] {
        Dictionary(uniqueKeysWithValues: SearchIndex.files(documents: documents, entities: entities, parallel: false).map {
            ($0.path, String(decoding: $0.contents, as: UTF8.self))
        })
    }

    static func json(_ text: String?) throws -> Any {
        try JSONSerialization.jsonObject(with: Data((text ?? "").utf8))
    }

    @Test func manifestListsShardsAndChunkSizes() throws {
        let manifest = try #require(try Self.json(Self.files()["search/data/index.json"]) as? [String: Any])
        #expect(manifest["version"] as? Int == 1)
        #expect(manifest["articles"] as? Int == 2)
        #expect(manifest["entities"] as? Int == 2)
        #expect(manifest["articleChunk"] as? Int == SearchIndex.articleChunk)
        let shards = try #require(manifest["shards"] as? [String])
        // Small enough for one shard per first letter.
        #expect(shards == shards.sorted { ByteKey($0) < ByteKey($1) })
        #expect(shards.allSatisfy { $0.unicodeScalars.count == 1 })
        #expect(Set(Self.files().keys.filter { $0.hasPrefix("search/data/t/") }) == Set(shards.indices.map { "search/data/t/\($0).json" }))
    }

    /// Every term's postings, decoded: doc id → field mask; entity ids.
    static func postings(of term: String) throws -> (articles: [Int: Int], entities: [Int]) {
        let files = files()
        let manifest = try #require(try json(files["search/data/index.json"]) as? [String: Any])
        let shards = try #require(manifest["shards"] as? [String])
        let number = try #require(shards.indices.filter { term.hasPrefix(shards[$0]) }.max { shards[$0].count < shards[$1].count })
        let shard = try #require(try json(files["search/data/t/\(number).json"]) as? [String: [String: [Int]]])
        var articles: [Int: Int] = [:]
        var id = 0
        let list = shard["a"]?[term] ?? []
        for index in stride(from: 0, to: list.count, by: 2) {
            id += list[index]
            articles[id] = list[index + 1]
        }
        return (articles, shard["e"]?[term] ?? [])
    }

    @Test func postingsCarryTheFieldsOfEachArticle() throws {
        // قاهره: title and entity of article 0; an entity name.
        let cairo = try Self.postings(of: "قاهره")
        #expect(cairo.articles == [0: SearchIndex.Fields([.title, .entity]).rawValue])
        #expect(cairo.entities == [1])
        // غزه: the summary of 0 (في غزة), the title of 1.
        #expect(try Self.postings(of: "غزه").articles == [0: 1, 1: 4])
        // ترامب: entity of 0 and summary of 1; the person's name.
        let trump = try Self.postings(of: "ترامب")
        #expect(trump.articles == [0: 2, 1: 1])
        #expect(trump.entities == [0])
        // وبحثوا is also indexed under its stem without و.
        #expect(try Self.postings(of: "بحثوا").articles == [0: 1])
    }

    @Test func recordsAreEscapedJSON() throws {
        let files = Self.files()
        let records = try #require(try Self.json(files["search/data/d/0.json"]) as? [[String]])
        #expect(records.count == 2)
        #expect(records[1] == ["/articles/b/", "أخبار \"غزة\" <اليوم>", "2026-12-04", "٤ ديسمبر ٢٠٢٦", "وصل ترامب إلى المنطقة."])
        #expect(files["search/data/d/0.json"]?.contains("<") == false)
        let entityRecords = try #require(try Self.json(files["search/data/e/0.json"]) as? [[Any]])
        #expect(entityRecords.first?.first as? String == "دونالد ترامب")
        #expect(entityRecords.first?.last as? Int == 2)
    }

    @Test func partitionLengthensPrefixesOfLargeGroupsOnly() {
        let terms = ["با", "باب", "بات", "بيت", "تين"].map(ByteKey.init).sorted()
        let shards = SearchIndex.partition(terms, budget: 2) { _ in 1 }
        #expect(shards.map(\.prefix) == ["ب", "با", "باب", "بات", "بي", "ت"])
        #expect(shards.map { $0.terms.map(\.text) } == [[], ["با"], ["باب"], ["بات"], ["بيت"], ["تين"]])
    }

    @Test func excerptsEndAtAWord() {
        let long = String(repeating: "كلمة ", count: 60)
        let excerpt = SearchIndex.excerpt(of: long)
        #expect(excerpt.hasSuffix("كلمة…"))
        #expect(excerpt.unicodeScalars.count <= SearchIndex.summaryLength + 1)
        #expect(SearchIndex.excerpt(of: "قصير") == "قصير")
    }
}
