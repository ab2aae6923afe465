import DevServer
import Foundation
import SiteBuilder
import Testing

@Suite("Preview with the real site engine: Public/ is what mujaz build writes")
struct PreviewLeavesPublicTests {
    @Test("a build, an edit, a rebuild and shutdown leave Public/ byte for byte as mujaz build makes it")
    func publicIsTheBuildsOutput() async throws {
        let site = try TemporarySite(scaffolded: ())
        defer { site.remove() }
        let config = try site.read("mujaz.yml").replacingOccurrences(of: "base_url: http://localhost:8080/", with: "base_url: https://example.org/news/")
        #expect(config.contains("https://example.org/news/"))
        try site.write("mujaz.yml", config)
        try site.write("Content/cairo-summit.md", TemporarySite.cairoSummit)
        var configuration = RunningPreview.configuration(for: site, port: 0)
        configuration.site = SiteLocation(baseURL: "https://example.org/news/")
        let session = try PreviewSession(configuration: configuration, build: SiteEngineBuild.make(BuildOptions(root: site.root)), log: { _ in })
        let address = try await session.start()
        await session.waitUntilIdle()
        let client = HTTPTestClient(port: address.port)
        let host = ["Host": "127.0.0.1:\(address.port)"]
        do {
            #expect(await session.siteURL == "http://127.0.0.1:\(address.port)/news/")
            let page = try await client.get("/news/articles/cairo-summit/", headers: host)
            #expect(page.status == 200)
            #expect(page.text.contains("href=\"http://127.0.0.1:\(address.port)/news/articles/cairo-summit/\""), "canonical link")
            #expect(page.text.contains("href=\"/news/style.css\""))
            #expect(!page.text.contains("https://example.org/news/"))
            let feed = try await client.get("/news/feed.xml", headers: host)
            #expect(feed.text.contains("http://127.0.0.1:\(address.port)/news/articles/cairo-summit/"))
            let root = try await client.get("/", headers: host)
            #expect(root.status == 302 && root.headers["location"] == "/news/")
            #expect(try await client.get("/articles/cairo-summit/", headers: host).status == 404)

            let events = try await EventStreamClient.connect(port: address.port)
            _ = try await events.next(named: "hello")
            try site.write("Content/cairo-summit.md", TemporarySite.cairoSummit.replacingOccurrences(of: "اجتمع القادة", with: "اجتمع الوزراء"))
            _ = try await events.next(named: "reload", within: .seconds(20))
            #expect(try await client.get("/news/articles/cairo-summit/", headers: host).text.contains("اجتمع الوزراء"))
            await events.close()
        } catch {
            await session.stop()
            throw error
        }
        await session.stop()

        let built = try TemporarySite()
        defer { built.remove() }
        for item in ["Content", "Templates", "mujaz.yml"] {
            try? FileManager.default.removeItem(at: built.root.appendingPathComponent(item))
            try FileManager.default.copyItem(at: site.root.appendingPathComponent(item), to: built.root.appendingPathComponent(item))
        }
        _ = try SiteBuild.run(BuildOptions(root: built.root))
        let served = try Self.files(in: site.publicDirectory)
        #expect(served.keys.contains("articles/cairo-summit/index.html"))
        #expect(served == (try Self.files(in: built.publicDirectory)))
        #expect(String(decoding: served["sitemap.xml"] ?? Data(), as: UTF8.self).contains("https://example.org/news/"))
    }

    /// Every file under `folder` by relative path, with its bytes.
    private static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path + "/"
        let enumerator = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.resolvingSymlinksInPath().path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
