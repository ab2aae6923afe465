import DevServer
import Foundation
import SiteBuilder
import Testing

@Suite("Preview with the real site engine")
struct SiteEngineBuildTests {
    @Test("a real template error is shown with file and line, the last good page stays, the fix reloads")
    func recoveryAfterRealTemplateError() async throws {
        let site = try TemporarySite(scaffolded: ())
        defer { site.remove() }
        try site.write("Content/cairo-summit.md", TemporarySite.cairoSummit)
        let session = try PreviewSession(
            configuration: RunningPreview.configuration(for: site, port: 0),
            build: SiteEngineBuild.make(BuildOptions(root: site.root)),
            log: { _ in })
        let address = try await session.start()
        await session.waitUntilIdle()
        let client = HTTPTestClient(port: address.port)
        do {
            let first = try await client.get("/articles/cairo-summit/")
            #expect(first.status == 200)
            #expect(first.text.contains("اجتمع القادة في القاهرة"))
            let page = try await EventStreamClient.connect(port: address.port)
            _ = try await page.next(named: "hello")

            let template = try site.read("Templates/article.mustache")
            try site.write("Templates/article.mustache", template + "\n{{#title}}\n")
            let failure = try await page.next(named: "failure", within: .seconds(20))
            #expect(failure.data.contains("Templates\\/article.mustache:"))
            let stillServed = try await client.get("/articles/cairo-summit/")
            #expect(stillServed.status == 200)
            #expect(stillServed.text.contains("اجتمع القادة في القاهرة"))

            try site.write("Templates/article.mustache", template.replacingOccurrences(of: "</article>", with: "</article><!-- fixed -->"))
            _ = try await page.next(named: "reload", within: .seconds(20))
            let fixed = try await client.get("/articles/cairo-summit/")
            #expect(fixed.text.contains("<!-- fixed -->") == template.contains("</article>"))
            await page.close()
        } catch {
            await session.stop()
            throw error
        }
        await session.stop()
    }
}
