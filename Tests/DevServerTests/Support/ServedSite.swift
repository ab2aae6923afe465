@testable import DevServer
import Foundation

/// A small built site on disk, served over real HTTP on a free loopback port for the length of one test.
enum ServedSite {
    static let arabicArticle = "قمة-القاهرة"
    static let secret = "TOP SECRET: outside Public/"

    static func withServer(
        notFoundPage: Bool = true,
        limits: HTTPLimits = HTTPLimits(),
        _ body: @Sendable (TemporarySite, HTTPTestClient) async throws -> Void
    ) async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try fill(site, notFoundPage: notFoundPage)
        let server = PreviewServer(publicDirectory: site.publicDirectory, channel: LiveReloadChannel(), limits: limits)
        let address = try await server.start(on: ListeningAddress(host: "127.0.0.1", port: 0))
        do {
            try await body(site, HTTPTestClient(port: address.port))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private static func fill(_ site: TemporarySite, notFoundPage: Bool) throws {
        try site.write("Public/index.html", "<!doctype html><html lang=\"ar\" dir=\"rtl\"><body><h1>الصفحة الأولى</h1></body></html>")
        try site.write("Public/articles/\(arabicArticle)/index.html", "<html><body><h1>قمة القاهرة</h1></BODY></html>")
        try site.write("Public/entities/index.html", "<html><body>الكيانات</body></html>")
        if notFoundPage {
            try site.write("Public/404.html", "<html><body><p>الصفحة غير موجودة</p></body></html>")
        }
        try site.write("Public/style.css", "body { direction: rtl; }")
        try site.write("Public/app.js", "console.log('موجز');")
        try site.write("Public/feed.xml", "<?xml version=\"1.0\"?><feed/>")
        try site.write("Public/sitemap.xml", "<?xml version=\"1.0\"?><urlset/>")
        try site.write("Public/search.json", "{\"عنوان\": 1}")
        try site.write("Public/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.write("Public/cover.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        try site.write("Public/photo.JPG", Data([0xFF, 0xD8, 0xFF]))
        try site.write("secret.txt", secret)
        try site.write("outside/secret.txt", secret)
        try site.link("Public/escape.txt", to: site.path("secret.txt"))
        try site.link("Public/escape-folder", to: site.path("outside"))
        try site.link("Public/relative-escape.txt", to: "../secret.txt")
        try site.link("Public/alias.css", to: "style.css")
    }
}
