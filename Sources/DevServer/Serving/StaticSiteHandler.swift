import FlyingFox
import Foundation

/// Serves `Public/` the way a static host would, adding the live-reload script to HTML as it goes out.
struct StaticSiteHandler: HTTPHandler {
    let site: PublicDirectory

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.plain(.methodNotAllowed, "Only GET and HEAD are served.", headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path()
        let path: RequestPath
        do {
            path = try RequestPath(percentEncoded: rawPath)
        } catch {
            return Self.plain(.badRequest, "This path is not allowed.")
        }
        switch site.resolve(path) {
        case .file(let file):
            return respond(with: file, status: .ok, to: request)
        case .folderWithoutSlash:
            let query = request.target.query()
            let location = rawPath + "/" + (query.isEmpty ? "" : "?" + query)
            let headers: HTTPHeaders = [.location: location]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .outside:
            return Self.plain(.forbidden, "This path leads outside the site.")
        case .notFound:
            guard let page = site.notFoundPage() else { return Self.fallbackNotFound(to: request) }
            return respond(with: page, status: .notFound, to: request)
        }
    }

    private func respond(with file: ServedFile, status: HTTPStatusCode, to request: HTTPRequest) -> HTTPResponse {
        let contentType = ContentType.forFile(named: file.name)
        let isHTML = ContentType.isHTML(contentType)
        let entityTag = file.entityTag(variant: isHTML ? "-live" : "")
        let headers: HTTPHeaders = [
            .contentType: contentType,
            .eTag: entityTag,
            .lastModified: HTTPDate.string(from: file.modified),
            // Revalidate every time: a preview must never show a page older than the last build.
            .cacheControl: "no-cache",
        ]
        if status == .ok, Self.isFresh(file, entityTag: entityTag, request: request) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        do {
            let body: HTTPBodySequence
            if isHTML {
                let page = try Data(contentsOf: URL(fileURLWithPath: file.path))
                body = HTTPBodySequence(data: LiveReloadScript.inject(into: page))
            } else {
                body = try HTTPBodySequence(file: URL(fileURLWithPath: file.path))
            }
            return Self.response(status, headers: headers, body: body, to: request)
        } catch {
            // The file went away between lookup and read (a rebuild removed it).
            return Self.plain(.notFound, "Not found.")
        }
    }

    /// RFC 9110 §13.1: `If-None-Match` decides when present; `If-Modified-Since` only otherwise.
    private static func isFresh(_ file: ServedFile, entityTag: String, request: HTTPRequest) -> Bool {
        if let candidates = request.headers[.ifNoneMatch] {
            return candidates.split(separator: ",").contains { candidate in
                let tag = candidate.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == entityTag || tag == "W/" + entityTag
            }
        }
        guard let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.date(from:)) else { return false }
        return file.modified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
    }

    /// Before the first build (or in a site without `404.html`): a page that still reloads by itself
    /// once the build is done, and shows build errors.
    private static func fallbackNotFound(to request: HTTPRequest) -> HTTPResponse {
        let page = """
            <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>404</title></head>
            <body><p>الصفحة غير موجودة (404). Not found; this page reloads after the next build.</p></body></html>

            """
        let headers: HTTPHeaders = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"]
        let body = HTTPBodySequence(data: LiveReloadScript.inject(into: Data(page.utf8)))
        return response(.notFound, headers: headers, body: body, to: request)
    }

    /// `HEAD` gets the headers `GET` would, with the body's length and without the body.
    private static func response(_ status: HTTPStatusCode, headers: HTTPHeaders, body: HTTPBodySequence,
                                 to request: HTTPRequest) -> HTTPResponse {
        guard request.method == .GET else {
            var headers = headers
            headers[.contentLength] = String(body.count ?? 0)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    private static func plain(_ status: HTTPStatusCode, _ message: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data((message + "\n").utf8))
    }
}
