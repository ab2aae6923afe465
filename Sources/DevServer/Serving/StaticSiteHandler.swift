import Foundation

/// Serves `Public/` the way a static host would at the site's base URL path, pointing absolute URLs at the preview
/// and adding the live-reload script to HTML as they go out.
struct StaticSiteHandler: Sendable {
    let site: PublicDirectory
    let mount: SiteMount

    /// The answer to a GET or HEAD (the connection leaves the body out for HEAD); 405 for other methods.
    func respond(to head: RequestHead) -> PreviewResponse {
        guard head.method == "GET" || head.method == "HEAD" else {
            return .plain(.methodNotAllowed, "Only GET and HEAD are served.", fields: [("Allow", "GET, HEAD")])
        }
        let mounted = mount.current
        let path: RequestPath
        switch mounted.route(head.path) {
        case .site(let sitePath):
            do {
                path = try RequestPath(percentEncoded: sitePath)
            } catch {
                return .plain(.badRequest, "This path is not allowed.")
            }
        case .redirect(let location):
            return PreviewResponse(status: .found, fields: [("Location", location + (head.query.map { "?" + $0 } ?? ""))])
        case .outside:
            return notFound(mounted, to: head)
        }
        switch site.resolve(path) {
        case .file(let file):
            return respond(with: file, status: .ok, mounted, to: head)
        case .folderWithoutSlash:
            let location = String(head.path) + "/" + (head.query.map { "?" + $0 } ?? "")
            return PreviewResponse(status: .movedPermanently, fields: [("Location", location)])
        case .outside:
            return .plain(.forbidden, "This path leads outside the site.")
        case .notFound:
            return notFound(mounted, to: head)
        }
    }

    private func notFound(_ mounted: MountedSite, to head: RequestHead) -> PreviewResponse {
        guard let page = site.notFoundPage() else { return Self.fallbackNotFound() }
        return respond(with: page, status: .notFound, mounted, to: head)
    }

    private func respond(with file: ServedFile, status: HTTPStatus, _ mounted: MountedSite, to head: RequestHead) -> PreviewResponse {
        let contentType = ContentType.forFile(named: file.name)
        let isHTML = ContentType.isHTML(contentType)
        let isText = ContentType.isText(contentType)
        // The variant tells the served bytes from those on disk: script added, URLs pointed at the preview.
        let entityTag = file.entityTag(variant: isHTML ? "-live" : isText ? "-preview" : "")
        let fields = [
            ("Content-Type", contentType),
            ("ETag", entityTag),
            ("Last-Modified", HTTPDate.string(from: file.modified)),
            // Revalidate every time: a preview must never show a page older than the last build.
            ("Cache-Control", "no-cache"),
        ]
        if status == .ok, Self.isFresh(file, entityTag: entityTag, head: head) {
            return PreviewResponse(status: .notModified, fields: fields)
        }
        do {
            // Mapped, not copied: the writer replaces files by rename, so the mapped bytes stay those of this version.
            var bytes = try Data(contentsOf: URL(fileURLWithPath: file.path), options: .alwaysMapped)
            if isText, let host = head.value(of: "host") { bytes = mounted.rewritten(bytes, host: host) }
            return PreviewResponse(status: status, fields: fields,
                                   body: .bytes(isHTML ? LiveReloadScript.inject(into: bytes) : bytes))
        } catch {
            // The file went away between lookup and read (a rebuild removed it).
            return .plain(.notFound, "Not found.")
        }
    }

    /// RFC 9110 §13.1: `If-None-Match` decides when present; `If-Modified-Since` only otherwise.
    private static func isFresh(_ file: ServedFile, entityTag: String, head: RequestHead) -> Bool {
        let candidates = head.values(of: "if-none-match")
        if !candidates.isEmpty {
            return candidates.flatMap { $0.split(separator: ",") }.contains { candidate in
                let tag = candidate.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == entityTag || tag == "W/" + entityTag
            }
        }
        guard let since = head.value(of: "if-modified-since").flatMap(HTTPDate.date(from:)) else { return false }
        return file.modified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
    }

    /// Before the first build (or in a site without `404.html`): a page that still reloads by itself
    /// once the build is done, and shows build errors.
    private static func fallbackNotFound() -> PreviewResponse {
        let page = """
            <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>404</title></head>
            <body><p>الصفحة غير موجودة (404). Not found; this page reloads after the next build.</p></body></html>

            """
        return PreviewResponse(
            status: .notFound,
            fields: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-cache")],
            body: .bytes(LiveReloadScript.inject(into: Data(page.utf8))))
    }
}
