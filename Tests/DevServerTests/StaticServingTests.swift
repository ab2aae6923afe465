import Foundation
import Testing

@Suite("Serving Public/ over HTTP")
struct StaticServingTests {
    private static let encodedArticle = "/articles/"
        + ServedSite.arabicArticle.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)! + "/"

    @Test("pretty URLs serve the folder's index.html", arguments: [
        (id: "home", target: "/", text: "الصفحة الأولى"),
        (id: "folder", target: "/entities/", text: "الكيانات"),
        (id: "index named", target: "/entities/index.html", text: "الكيانات"),
        (id: "arabic encoded", target: encodedArticle, text: "قمة القاهرة"),
        (id: "arabic lowercase hex", target: encodedArticle.lowercased(), text: "قمة القاهرة"),
        (id: "query ignored", target: "/entities/?page=2", text: "الكيانات"),
    ])
    func prettyURL(row: (id: String, target: String, text: String)) async throws {
        try await ServedSite.withServer { _, client in
            let reply = try await client.get(row.target)
            #expect(reply.status == 200, "\(row.id)")
            #expect(reply.text.contains(row.text), "\(row.id)")
        }
    }

    @Test("a folder without its slash redirects to the slash, keeping the query")
    func folderRedirect() async throws {
        try await ServedSite.withServer { _, client in
            let plain = try await client.get("/entities")
            #expect(plain.status == 301)
            #expect(plain.headers["location"] == "/entities/")
            let withQuery = try await client.get("/entities?page=2")
            #expect(withQuery.headers["location"] == "/entities/?page=2")
        }
    }

    @Test("Content-Type by extension, with charset=utf-8 for text", arguments: [
        (target: "/", type: "text/html; charset=utf-8"),
        (target: "/style.css", type: "text/css; charset=utf-8"),
        (target: "/app.js", type: "text/javascript; charset=utf-8"),
        (target: "/feed.xml", type: "application/xml; charset=utf-8"),
        (target: "/sitemap.xml", type: "application/xml; charset=utf-8"),
        (target: "/search.json", type: "application/json; charset=utf-8"),
        (target: "/logo.svg", type: "image/svg+xml; charset=utf-8"),
        (target: "/cover.png", type: "image/png"),
        (target: "/photo.JPG", type: "image/jpeg"),
    ])
    func contentType(row: (target: String, type: String)) async throws {
        try await ServedSite.withServer { _, client in
            let reply = try await client.get(row.target)
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"] == row.type)
        }
    }

    @Test("ETag and Last-Modified give 304 until the file changes")
    func conditionalRequests() async throws {
        try await ServedSite.withServer { site, client in
            let first = try await client.get("/style.css")
            let tag = try #require(first.headers["etag"])
            let modified = try #require(first.headers["last-modified"])
            #expect(first.headers["cache-control"] == "no-cache")

            let byTag = try await client.get("/style.css", headers: ["If-None-Match": tag])
            #expect(byTag.status == 304)
            #expect(byTag.body.isEmpty)
            #expect(byTag.headers["etag"] == tag)
            let byDate = try await client.get("/style.css", headers: ["If-Modified-Since": modified])
            #expect(byDate.status == 304)
            let staleTag = try await client.get("/style.css", headers: ["If-None-Match": "\"other\""])
            #expect(staleTag.status == 200)

            try site.write("Public/style.css", "body { direction: rtl; color: navy; }")
            let changed = try await client.get("/style.css", headers: ["If-None-Match": tag])
            #expect(changed.status == 200)
            #expect(changed.headers["etag"] != tag)
            #expect(changed.text.contains("navy"))
        }
    }

    @Test("HEAD sends the headers of GET without a body")
    func head() async throws {
        try await ServedSite.withServer { _, client in
            for target in ["/", "/cover.png", "/missing/"] {
                let get = try await client.get(target)
                let head = try await client.send("HEAD", target)
                #expect(head.status == get.status, "\(target)")
                #expect(head.body.isEmpty, "\(target)")
                #expect(head.headers["content-length"] == String(get.body.count), "\(target)")
                #expect(head.headers["content-type"] == get.headers["content-type"], "\(target)")
            }
        }
    }

    @Test("a missing page gets the site's 404.html with status 404")
    func notFoundPage() async throws {
        try await ServedSite.withServer { _, client in
            let reply = try await client.get("/articles/%D9%84%D8%A7-%D9%8A%D9%88%D8%AC%D8%AF/")
            #expect(reply.status == 404)
            #expect(reply.text.contains("الصفحة غير موجودة"))
            #expect(reply.headers["content-type"] == "text/html; charset=utf-8")
            #expect(reply.text.contains("/__mujaz/events"))
        }
    }

    @Test("without a 404.html (before the first build), a 404 page that still listens for reloads")
    func fallbackNotFound() async throws {
        try await ServedSite.withServer(notFoundPage: false) { _, client in
            let reply = try await client.get("/nothing.html")
            #expect(reply.status == 404)
            #expect(reply.headers["content-type"] == "text/html; charset=utf-8")
            #expect(reply.text.contains("/__mujaz/events"))
            let head = try await client.send("HEAD", "/nothing.html")
            #expect(head.headers["content-length"] == String(reply.body.count))
        }
    }

    @Test("the live-reload script is added to HTML as served, never written to Public/")
    func scriptInjectedOnTheWayOut() async throws {
        try await ServedSite.withServer { site, client in
            let reply = try await client.get(Self.encodedArticle)
            let scriptStart = try #require(reply.text.range(of: "<script>"))
            let bodyEnd = try #require(reply.text.range(of: "</BODY>"))
            #expect(scriptStart.lowerBound < bodyEnd.lowerBound)
            #expect(!(try site.read("Public/articles/\(ServedSite.arabicArticle)/index.html")).contains("<script>"))
            let css = try await client.get("/style.css")
            #expect(!css.text.contains("<script>"))
        }
    }

    @Test("a link that stays inside Public/ is served")
    func linkInside() async throws {
        try await ServedSite.withServer { _, client in
            let reply = try await client.get("/alias.css")
            #expect(reply.status == 200)
            #expect(reply.text.contains("direction: rtl"))
        }
    }

    @Test("only GET and HEAD")
    func otherMethods() async throws {
        try await ServedSite.withServer { _, client in
            let reply = try await client.send("DELETE", "/index.html")
            #expect(reply.status == 405)
            #expect(reply.headers["allow"] == "GET, HEAD")
        }
    }

    @Test("nothing outside Public/ is ever served", arguments: [
        (id: "dot dot", target: "/../secret.txt"),
        (id: "dot dot deeper", target: "/articles/../../secret.txt"),
        (id: "encoded dot dot", target: "/%2e%2e/secret.txt"),
        (id: "encoded dot dot upper", target: "/%2E%2E/secret.txt"),
        (id: "half encoded", target: "/.%2e/secret.txt"),
        (id: "encoded slash", target: "/..%2fsecret.txt"),
        (id: "all encoded", target: "/%2e%2e%2fsecret.txt"),
        (id: "encoded slash in folder", target: "/articles%2f..%2f..%2fsecret.txt"),
        (id: "double encoded", target: "/%252e%252e/secret.txt"),
        (id: "backslash", target: "/..\\secret.txt"),
        (id: "encoded backslash", target: "/%5c..%5csecret.txt"),
        (id: "absolute path", target: "//etc/passwd"),
        (id: "encoded absolute", target: "/%2Fetc%2Fpasswd"),
        (id: "not a path", target: "etc/passwd"),
        (id: "absolute form", target: "http://127.0.0.1/../secret.txt"),
        (id: "NUL", target: "/index.html%00.txt"),
        (id: "NUL alone", target: "/%00"),
        (id: "single dot", target: "/./secret.txt"),
        (id: "link to file outside", target: "/escape.txt"),
        (id: "relative link outside", target: "/relative-escape.txt"),
        (id: "link to folder outside", target: "/escape-folder/secret.txt"),
        (id: "link to folder outside, index", target: "/escape-folder/"),
    ])
    func traversal(row: (id: String, target: String)) async throws {
        try await ServedSite.withServer { _, client in
            let reply = try await client.get(row.target)
            #expect((400..<500).contains(reply.status), "\(row.id): \(reply.status)")
            #expect(!reply.text.contains("TOP SECRET"), "\(row.id)")
        }
    }
}
