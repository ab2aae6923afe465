@testable import DevServer
import Foundation
import Testing

@Suite("Preview: rebuild on change, reload open pages")
struct PreviewSessionTests {
    @Test("the site is built before the server answers, and a saved article reloads open pages")
    func reloadAfterArticleChange() async throws {
        try await RunningPreview.withPreview { preview in
            let first = try await preview.client.get(RunningPreview.articleTarget)
            #expect(first.text.contains("أول نص"))
            let page = try await EventStreamClient.connect(port: preview.address.port)
            #expect(try await page.next().name == "hello")

            try preview.site.write("Content/خبر.md", "نص معدل")
            _ = try await page.next(named: "reload")
            let after = try await preview.client.get(RunningPreview.articleTarget)
            #expect(after.text.contains("نص معدل"))
            await page.close()
        }
    }

    @Test("a template error shows over the page, the last good site stays served, the fix reloads")
    func recoveryAfterTemplateError() async throws {
        try await RunningPreview.withPreview { preview in
            let page = try await EventStreamClient.connect(port: preview.address.port)
            _ = try await page.next(named: "hello")

            try preview.site.write("Templates/article.html", "<html><body>\n{{#items}}\n{{body}}</body></html>")
            let failure = try await page.next(named: "failure")
            #expect(failure.data.contains("Templates\\/article.html:2: section is never closed"))
            let stillServed = try await preview.client.get(RunningPreview.articleTarget)
            #expect(stillServed.status == 200)
            #expect(stillServed.text.contains("أول نص"))

            // A page opened while the error stands is told about it at once.
            let lateComer = try await EventStreamClient.connect(port: preview.address.port)
            _ = try await lateComer.next(named: "hello")
            #expect(try await lateComer.next().name == "failure")

            try preview.site.write("Templates/article.html", "<html><body><main>\n{{body}}\n</main></body></html>")
            _ = try await page.next(named: "reload")
            _ = try await lateComer.next(named: "reload")
            let fixed = try await preview.client.get(RunningPreview.articleTarget)
            #expect(fixed.text.contains("<main>"))
            await page.close()
            await lateComer.close()
        }
    }

    @Test("editor droppings are ignored; a new raw article is handed to the build")
    func ignoredFilesAndNewArticle() async throws {
        try await RunningPreview.withPreview { preview in
            let page = try await EventStreamClient.connect(port: preview.address.port)
            _ = try await page.next(named: "hello")
            try preview.site.write("Content/.خبر.md.swp", "swap")
            try preview.site.write("Content/خبر.md~", "backup")
            try preview.site.write("Content/#خبر.md#", "autosave")
            try preview.site.write("Content/جديد.txt", "خبر جديد")
            _ = try await page.next(named: "reload")
            await preview.session.waitUntilIdle()
            let triggers = await preview.builder.triggers
            #expect(triggers.first == .startup)
            let changed = triggers.dropFirst().reduce(into: Set<String>()) { all, trigger in
                if case .changes(let paths) = trigger { all.formUnion(paths) }
            }
            #expect(changed == [preview.site.path("Content/جديد.txt")])
            await page.close()
        }
    }

    @Test("a taken port moves to the next free one, or fails clearly when told not to search")
    func takenPort() async throws {
        try await RunningPreview.withPreview { preview in
            let taken = preview.address.port
            let other = try TemporarySite()
            defer { other.remove() }
            let builder = FakeSiteBuilder(site: other)
            let strict = try PreviewSession(
                configuration: RunningPreview.configuration(for: other, port: taken, extraPorts: 0),
                build: { await builder.build($0) }, log: { _ in })
            await #expect(throws: ListeningAddress.AddressError.portsTaken(host: "127.0.0.1", first: taken, last: taken)) {
                try await strict.start()
            }
            let searching = try PreviewSession(
                configuration: RunningPreview.configuration(for: other, port: taken),
                build: { await builder.build($0) }, log: { _ in })
            let moved = try await searching.start()
            #expect(moved.port != taken)
            await searching.stop()
        }
    }

    @Test("a page that hangs up is forgotten at once, without waiting for the next event")
    func hungUpPagesAreForgotten() async throws {
        try await RunningPreview.withPreview { preview in
            let page = try await EventStreamClient.connect(port: preview.address.port)
            _ = try await page.next(named: "hello")
            #expect(await preview.session.listenerCount == 1)
            await page.close()
            try await withTimeLimit("the closed page to be forgotten") {
                while await preview.session.listenerCount > 0 {
                    try await Task.sleep(for: .milliseconds(5))
                }
            }
        }
    }

    @Test("stopping ends open event streams instead of waiting for pages to hang up")
    func stopEndsStreams() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("Templates/article.html", "<html><body>{{body}}</body></html>")
        let builder = FakeSiteBuilder(site: site)
        let session = try PreviewSession(
            configuration: RunningPreview.configuration(for: site, port: 0),
            build: { await builder.build($0) }, log: { _ in })
        let address = try await session.start()
        let page = try await EventStreamClient.connect(port: address.port)
        _ = try await page.next(named: "hello")
        await session.stop()
        await #expect(throws: (any Error).self) { try await page.next() }
        await page.close()
    }
}
