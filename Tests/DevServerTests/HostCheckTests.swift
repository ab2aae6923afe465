@testable import DevServer
import Testing

@Suite("Only the preview's own names are answered (no DNS rebinding)")
struct HostCheckTests {
    private static func head(host: [String]) -> RequestHead {
        RequestHead(method: "GET", target: "/", version: "HTTP/1.1", fields: host.map { .init(name: "host", value: $0) })
    }

    @Test("Host values for a preview on 127.0.0.1", arguments: [
        (host: "127.0.0.1", allowed: true),
        (host: "127.0.0.1:8080", allowed: true),
        (host: "localhost", allowed: true),
        (host: "LocalHost:8080", allowed: true),
        (host: "[::1]", allowed: true),
        (host: "[::1]:8080", allowed: true),
        (host: "evil.example.com", allowed: false),
        (host: "evil.example.com:8080", allowed: false),
        (host: "localhost.evil.example.com", allowed: false),
        (host: "127.0.0.1.nip.io", allowed: false),
        (host: "localhost:80:80", allowed: false),
        (host: "localhost:http", allowed: false),
        (host: "::1", allowed: false),
        (host: "", allowed: false),
        (host: "192.168.1.20:8080", allowed: false),
    ])
    func loopbackPreview(row: (host: String, allowed: Bool)) {
        let hosts = AllowedHosts(servedAt: ListeningAddress(host: "127.0.0.1", port: 8080))
        #expect(((try? hosts.check(Self.head(host: [row.host]))) != nil) == row.allowed, "\(row.host)")
    }

    @Test("the address given to --host is answered too")
    func listeningAddress() {
        let lan = AllowedHosts(servedAt: ListeningAddress(host: "192.168.1.20", port: 8080))
        #expect(throws: Never.self) { try lan.check(Self.head(host: ["192.168.1.20:8080"])) }
        #expect(throws: Never.self) { try lan.check(Self.head(host: ["localhost:8080"])) }
        #expect(throws: HTTPRefusal.self) { try lan.check(Self.head(host: ["192.168.1.21:8080"])) }
        let v6 = AllowedHosts(servedAt: ListeningAddress(host: "fd00::20", port: 8080))
        #expect(throws: Never.self) { try v6.check(Self.head(host: ["[FD00::20]:8080"])) }
    }

    @Test("no Host, or two, is a bad request; a wrong one says where the preview is")
    func refusals() {
        let hosts = AllowedHosts(servedAt: ListeningAddress(host: "127.0.0.1", port: 8080))
        #expect(throws: HTTPRefusal.self) { try hosts.check(Self.head(host: [])) }
        #expect(throws: HTTPRefusal.self) { try hosts.check(Self.head(host: ["localhost", "evil.example.com"])) }
        do {
            try hosts.check(Self.head(host: ["evil.example.com"]))
        } catch {
            #expect(error.status == .misdirectedRequest)
            #expect(error.message.contains("http://127.0.0.1:8080/"))
            #expect(error.message.contains("--host"))
        }
    }

    @Test("over HTTP: a wrong Host gets 421 and no page; the right ones get the page")
    func overHTTP() async throws {
        try await ServedSite.withServer { _, client in
            let port = client.port
            for host in ["evil.example.com", "evil.example.com:\(port)", "attacker.test:\(port)"] {
                let reply = try await client.get("/", headers: ["Host": host])
                #expect(reply.status == 421, "\(host)")
                #expect(!reply.text.contains("الصفحة الأولى"), "\(host)")
            }
            for host in ["127.0.0.1", "127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
                let reply = try await client.get("/", headers: ["Host": host])
                #expect(reply.status == 200, "\(host)")
                #expect(reply.text.contains("الصفحة الأولى"), "\(host)")
            }
            let connection = try await HTTPTestConnection.open(port: port)
            try await connection.send("GET / HTTP/1.1\r\n\r\n")
            #expect(try await connection.reply().status == 400)
            await connection.close()
        }
    }
}
