import Foundation
import Testing
@testable import SiteBuilder

/// `search.js` ranking a built site's index under Node, its files read from disk as the browser fetches them.
@Suite struct SearchScriptTests {
    static let articles = [
        "new.md": "---\ntitle: اجتماع في القاهرة\ndate: 2024-10-07\nsummary: بحث الوزراء الوضع في غزة.\npeople: [دونالد ترامب]\n---\nنص.\n",
        "mid.md": "---\ntitle: أخبار متفرقة\ndate: 2024-10-04\nsummary: تحدث ترامب عن غزة والقاهرة.\n---\nنص.\n",
        "old.md": "---\ntitle: غزة تنتظر المساعدات\ndate: 2024-10-01\nsummary: وصلت قوافل جديدة.\n---\nنص.\n",
    ]

    /// `window.mujazSearch`'s answer to each query: the result URLs, percent-decoded, best first.
    static func results(_ queries: [String]) throws -> [[String]]? {
        let site = try SiteFixture(articles: articles)
        defer { site.remove() }
        _ = try SiteBuild.run(BuildOptions(root: site.root, baseURL: "https://example.org/news/"))
        let index = site.publicFolder.appendingPathComponent(SearchIndex.folder).path + "/"
        let program = """
        const fs = require('fs');
        const { searcher } = require(process.argv[1]);
        const site = searcher(path => Promise.resolve(JSON.parse(fs.readFileSync(process.argv[2] + path, 'utf8'))));
        Promise.all(JSON.parse(process.argv[3]).map(q => site.bestFirst(q)))
          .then(all => console.log(JSON.stringify(all.map(results => results.map(r => decodeURIComponent(r.url))))));
        """
        let queries = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
        guard let run = try NodeScript.run(["-e", program, NodeScript.themeScript.path, index, queries]) else { return nil }
        return try JSONDecoder().decode([[String]].self, from: Data(run.output.utf8))
    }

    @Test func ranksEntitiesTitlesAllWordsAndRecency() throws {
        guard let results = try Self.results(["غزة", "وغزة", "ترامب", "غزة القاهرة", "لا شيء هنا"]) else { return }
        let new = "/news/articles/اجتماع-في-القاهرة/", mid = "/news/articles/أخبار-متفرقة/", old = "/news/articles/غزة-تنتظر-المساعدات/"
        // A title match first, then summaries, the newer first.
        #expect(results[0] == [old, new, mid])
        // The conjunction changes nothing.
        #expect(results[1] == [old, new, mid])
        // The person's page first, then the article listing the person, then a mention in a summary.
        #expect(results[2].first?.hasPrefix("/news/people/") == true)
        #expect(Array(results[2].dropFirst()) == [new, mid])
        // Both words before one; among both, the title match first.
        #expect(results[3].filter { $0.hasPrefix("/news/articles/") } == [new, mid, old])
        #expect(results[4].isEmpty)
    }
}
