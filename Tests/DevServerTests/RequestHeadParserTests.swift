@testable import DevServer
import Testing

@Suite("Request heads are read in one pass and refused as soon as they outgrow the limits")
struct RequestHeadParserTests {
    private static let limits = HTTPLimits(requestLineBytes: 64, headerBytes: 128, headerCount: 4)

    private func parse(_ text: String, limits: HTTPLimits = limits) throws(HTTPRefusal) -> RequestHeadParser.Progress {
        var parser = RequestHeadParser(limits: limits)
        return try parser.parse(Array(text.utf8))
    }

    @Test("a head, whole or a byte at a time, with the bytes after it left for later")
    func byteAtATime() throws {
        let text = "\r\nGET /a?b=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Empty:\r\nAccept:  text/html \r\n\r\nNEXT"
        let expected = RequestHead(method: "GET", target: "/a?b=1", version: "HTTP/1.1", fields: [
            .init(name: "host", value: "127.0.0.1"), .init(name: "x-empty", value: ""),
            .init(name: "accept", value: "text/html"),
        ])
        let length = text.utf8.count - "NEXT".utf8.count
        #expect(try parse(text) == .complete(expected, length: length))

        var parser = RequestHeadParser(limits: Self.limits)
        var received: [UInt8] = []
        var progress = RequestHeadParser.Progress.needsMoreBytes
        for byte in text.utf8 where progress == .needsMoreBytes {
            received.append(byte)
            progress = try parser.parse(received)
        }
        #expect(progress == .complete(expected, length: length))
        #expect(try parse("GET / HTTP/1.0\nHost: x\n\n") != .needsMoreBytes)
    }

    @Test("an unfinished head asks for more")
    func unfinished() throws {
        #expect(try parse("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n") == .needsMoreBytes)
    }

    @Test("limits", arguments: [
        (id: "request line without its end yet", text: "GET /" + String(repeating: "a", count: 70), status: HTTPStatus.uriTooLong),
        (id: "long request line", text: "GET /" + String(repeating: "a", count: 70) + " HTTP/1.1\r\n\r\n", status: .uriTooLong),
        (id: "empty lines before it count", text: String(repeating: "\r\n", count: 40), status: .uriTooLong),
        (id: "long header line without its end yet", text: "GET / HTTP/1.1\r\nX: " + String(repeating: "b", count: 130), status: .requestHeaderFieldsTooLarge),
        (id: "long headers", text: "GET / HTTP/1.1\r\n" + String(repeating: "X: 0123456789012345678901234567890123456789\r\n", count: 3), status: .requestHeaderFieldsTooLarge),
        (id: "too many fields", text: "GET / HTTP/1.1\r\n" + String(repeating: "X: 1\r\n", count: 5), status: .requestHeaderFieldsTooLarge),
    ])
    func limits(row: (id: String, text: String, status: HTTPStatus)) {
        do {
            let progress = try parse(row.text)
            Issue.record("\(row.id): accepted as \(progress)")
        } catch {
            #expect(error.status == row.status, "\(row.id)")
        }
    }

    @Test("malformed heads", arguments: [
        (id: "two parts", text: "GET /\r\n\r\n", status: HTTPStatus.badRequest),
        (id: "double space", text: "GET  / HTTP/1.1\r\n\r\n", status: .badRequest),
        (id: "not a method", text: "G(T / HTTP/1.1\r\n\r\n", status: .badRequest),
        (id: "control in target", text: "GET /\u{7F} HTTP/1.1\r\n\r\n", status: .badRequest),
        (id: "other protocol", text: "GET / SPDY/3\r\n\r\n", status: .badRequest),
        (id: "HTTP/2 as text", text: "GET / HTTP/2.0\r\n\r\n", status: .httpVersionNotSupported),
        (id: "space before colon", text: "GET / HTTP/1.1\r\nHost : x\r\n\r\n", status: .badRequest),
        (id: "folded line", text: "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", status: .badRequest),
        (id: "no colon", text: "GET / HTTP/1.1\r\nHost\r\n\r\n", status: .badRequest),
        (id: "NUL in value", text: "GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n", status: .badRequest),
    ])
    func malformed(row: (id: String, text: String, status: HTTPStatus)) {
        do {
            let progress = try parse(row.text, limits: HTTPLimits())
            Issue.record("\(row.id): accepted as \(progress)")
        } catch {
            #expect(error.status == row.status, "\(row.id)")
        }
    }

    @Test("body length: Content-Length only, and within the limit")
    func bodyLength() throws {
        func head(_ fields: [(String, String)]) -> RequestHead {
            RequestHead(method: "POST", target: "/", version: "HTTP/1.1", fields: fields.map { .init(name: $0.0, value: $0.1) })
        }
        #expect(try head([]).bodyLength(limit: 10) == 0)
        #expect(try head([("content-length", "10")]).bodyLength(limit: 10) == 10)
        #expect(try head([("content-length", "4"), ("content-length", "4")]).bodyLength(limit: 10) == 4)
        #expect(throws: HTTPRefusal.self) { try head([("content-length", "11")]).bodyLength(limit: 10) }
        #expect(throws: HTTPRefusal.self) { try head([("content-length", "4"), ("content-length", "5")]).bodyLength(limit: 10) }
        #expect(throws: HTTPRefusal.self) { try head([("content-length", "-1")]).bodyLength(limit: 10) }
        #expect(throws: HTTPRefusal.self) { try head([("transfer-encoding", "chunked")]).bodyLength(limit: 10) }
    }
}
