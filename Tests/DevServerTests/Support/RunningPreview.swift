@testable import DevServer
import Foundation

/// A whole preview session (real HTTP, real inotify, fake site engine) on a free loopback port.
struct RunningPreview: Sendable {
    let site: TemporarySite
    let builder: FakeSiteBuilder
    let session: PreviewSession
    let address: ListeningAddress

    var client: HTTPTestClient { HTTPTestClient(port: address.port) }

    static func withPreview(_ body: @Sendable (RunningPreview) async throws -> Void) async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("Templates/article.html", "<html><body>\n{{body}}\n</body></html>")
        try site.write("Content/خبر.md", "أول نص")
        let builder = FakeSiteBuilder(site: site)
        let session = try PreviewSession(
            configuration: configuration(for: site, port: 0),
            build: { await builder.build($0) },
            log: { _ in })
        let address = try await session.start()
        await session.waitUntilIdle()
        let preview = RunningPreview(site: site, builder: builder, session: session, address: address)
        do {
            try await body(preview)
        } catch {
            await session.stop()
            throw error
        }
        await session.stop()
    }

    static func configuration(for site: TemporarySite, port: UInt16, extraPorts: UInt16 = 10) -> PreviewConfiguration {
        PreviewConfiguration(
            publicDirectory: site.publicDirectory,
            watchedFolders: [site.content, site.templates],
            watchedFiles: [site.config],
            address: ListeningAddress(host: "127.0.0.1", port: port),
            extraPortsToTry: extraPorts)
    }

    static let articleTarget = "/" + "خبر".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)! + "/"
}
