@testable import DevServer
import Foundation
import Testing

extension ServerUnderStress {
    @Suite("Clients that flood, trickle, go quiet or send bodies cannot hold the server")
    struct HostileClientTests {
        /// Short waits, so the timeouts themselves can be watched within a test.
        private static let limits = HTTPLimits(readTimeout: .milliseconds(300), writeTimeout: .seconds(2))
        private static let clock = ContinuousClock()

        /// Asks for the home page on a new connection and checks it comes back whole in under 100 ms.
        private static func expectHomePageQuickly(port: UInt16, _ comment: Comment) async throws {
            let start = clock.now
            let reply = try await HTTPTestClient(port: port).get("/")
            let elapsed = clock.now - start
            #expect(reply.status == 200, comment)
            #expect(reply.text.contains("الصفحة الأولى"), comment)
            #expect(elapsed < .milliseconds(100), "\(comment): \(elapsed)")
        }

        @Test("a 10 MB request line gets 414 at once, and / is answered in under 100 ms")
        func tenMegabyteRequestLine() async throws {
            try await ServedSite.withServer(limits: Self.limits) { _, client in
                // Made before connecting: this takes longer than the test's read timeout in a debug build.
                let line = "GET /" + String(repeating: "a", count: 10 * 1024 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                let flood = try await HTTPTestConnection.open(port: client.port)
                let start = Self.clock.now
                // The server answers long before the line is sent, and drops the rest for a moment so the reply is read.
                let sending = Task { try? await flood.send(line) }
                let reply = try await withTimeLimit("the 414") { try await flood.reply() }
                let elapsed = Self.clock.now - start
                #expect(reply.status == 414)
                #expect(reply.text.contains("longer than 8192 bytes"))
                #expect(elapsed < .milliseconds(100), "414 after \(elapsed)")
                try await Self.expectHomePageQuickly(port: client.port, "after the 10 MB line")
                await sending.value
                await flood.close()
            }
        }

        @Test("a 128 KB header line gets 431 at once")
        func longHeaderLine() async throws {
            try await ServedSite.withServer(limits: Self.limits) { _, client in
                let connection = try await HTTPTestConnection.open(port: client.port)
                let head = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + String(repeating: "c", count: 128 * 1024) + "\r\n\r\n"
                let sending = Task { try? await connection.send(head) }
                let reply = try await withTimeLimit("the 431") { try await connection.reply() }
                #expect(reply.status == 431)
                await sending.value
                await connection.close()
                try await Self.expectHomePageQuickly(port: client.port, "after the long header")
            }
        }

        @Test("a slowloris connection does not delay others, and gets 408 when its time is up")
        func slowloris() async throws {
            try await ServedSite.withServer(limits: Self.limits) { _, client in
                let slow = try await HTTPTestConnection.open(port: client.port)
                try await slow.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                let trickling = Task {
                    while (try? await slow.send("X")) != nil, (try? await Task.sleep(for: .milliseconds(20))) != nil {}
                }
                try await Self.expectHomePageQuickly(port: client.port, "while a client trickles its header")
                let start = Self.clock.now
                let reply = try await withTimeLimit("the 408") { try await slow.reply() }
                #expect(reply.status == 408)
                #expect(Self.clock.now - start < .milliseconds(400))
                #expect(await slow.waitForServerToClose(within: .seconds(2)))
                trickling.cancel()
                await slow.close()
                try await Self.expectHomePageQuickly(port: client.port, "after the slow client")
            }
        }

        @Test("a connection that stays silent, before or between requests, is closed without an answer")
        func idleConnections() async throws {
            try await ServedSite.withServer(limits: Self.limits) { _, client in
                let silent = try await HTTPTestConnection.open(port: client.port)
                #expect(await silent.waitForServerToClose(within: .seconds(2)))
                await silent.close()
                let keptAlive = try await HTTPTestConnection.open(port: client.port)
                #expect(try await keptAlive.request("/").status == 200)
                #expect(await keptAlive.waitForServerToClose(within: .seconds(2)))
                await keptAlive.close()
            }
        }

        @Test("request bodies: a small one is skipped, a large or chunked one is refused")
        func bodies() async throws {
            try await ServedSite.withServer(limits: Self.limits) { _, client in
                let connection = try await HTTPTestConnection.open(port: client.port)
                try await connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello")
                #expect(try await connection.reply().status == 200)
                #expect(try await connection.request("/style.css").status == 200)
                await connection.close()

                let large = try await HTTPTestConnection.open(port: client.port)
                let tooLarge = try await large.request("/", method: "POST", fields: ["Content-Length": "\(2 * 1024 * 1024)"])
                #expect(tooLarge.status == 413)
                #expect(await large.waitForServerToClose(within: .seconds(2)))
                await large.close()

                let chunked = try await HTTPTestConnection.open(port: client.port)
                #expect(try await chunked.request("/", method: "POST", fields: ["Transfer-Encoding": "chunked"]).status == 501)
                await chunked.close()
            }
        }

        @Test("keep-alive: requests on one connection, one after another or pipelined, each answered at once")
        func keepAlive() async throws {
            try await ServedSite.withServer(limits: Self.limits) { _, client in
                let connection = try await HTTPTestConnection.open(port: client.port)
                var durations: [Duration] = []
                for _ in 0..<50 {
                    let start = Self.clock.now
                    let reply = try await connection.request("/")
                    durations.append(Self.clock.now - start)
                    #expect(reply.status == 200)
                }
                let median = durations.sorted()[durations.count / 2]
                #expect(median < .milliseconds(15), "median \(median)")

                try await connection.send("GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nHEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(try await connection.reply().text.contains("direction: rtl"))
                let head = try await connection.reply(toHEAD: true)
                #expect(head.status == 200)
                #expect(try await connection.request("/app.js", closing: true).headers["connection"] == "close")
                #expect(await connection.waitForServerToClose(within: .seconds(2)))
                await connection.close()
            }
        }

        @Test("past the connection limit, new connections are closed at once until one frees up")
        func connectionLimit() async throws {
            var limits = Self.limits
            limits.connections = 3
            limits.readTimeout = .seconds(10)
            try await ServedSite.withServer(limits: limits) { _, client in
                var open: [HTTPTestConnection] = []
                for _ in 0..<3 {
                    let connection = try await HTTPTestConnection.open(port: client.port)
                    #expect(try await connection.request("/").status == 200)
                    open.append(connection)
                }
                let turnedAway = try await HTTPTestConnection.open(port: client.port)
                #expect(await turnedAway.waitForServerToClose(within: .seconds(2)))
                await turnedAway.close()
                await open.removeFirst().close()
                try await withTimeLimit("a freed connection") {
                    while (try? await client.get("/"))?.status != 200 {
                        try await Task.sleep(for: .milliseconds(10))
                    }
                }
                for connection in open { await connection.close() }
            }
        }
    }
}
