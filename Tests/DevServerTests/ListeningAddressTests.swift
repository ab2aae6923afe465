@testable import DevServer
import Testing

@Suite("Where the preview listens")
struct ListeningAddressTests {
    @Test("only loopback addresses keep drafts on this machine", arguments: [
        (host: "127.0.0.1", loopback: true),
        (host: "127.0.0.2", loopback: true),
        (host: "localhost", loopback: true),
        (host: "::1", loopback: true),
        (host: "0.0.0.0", loopback: false),
        (host: "192.168.1.20", loopback: false),
        (host: "::", loopback: false),
    ])
    func loopback(row: (host: String, loopback: Bool)) {
        #expect(ListeningAddress(host: row.host, port: 8080).isLoopback == row.loopback, "\(row.host)")
    }

    @Test("the URL printed for the terminal", arguments: [
        (host: "127.0.0.1", url: "http://127.0.0.1:8080/"),
        (host: "::1", url: "http://[::1]:8080/"),
    ])
    func url(row: (host: String, url: String)) {
        #expect(ListeningAddress(host: row.host, port: 8080).url == row.url)
    }

    @Test("a name that is not an IP address is refused with a hint")
    func notAnAddress() {
        #expect(throws: ListeningAddress.AddressError.notAnAddress("preview.example")) {
            try ListeningAddress(host: "preview.example", port: 8080).checkHost()
        }
        #expect(throws: Never.self) { try ListeningAddress(host: "::1", port: 8080).checkHost() }
        #expect("\(ListeningAddress.AddressError.notAnAddress("preview.example"))".contains("127.0.0.1"))
    }
}
