import FlyingSocks
import Foundation

/// One raw connection to the preview, kept open across requests (keep-alive), that can also send bytes no
/// well-behaved client would: endless request lines, headers a byte at a time.
actor HTTPTestConnection {
    private let socket: AsyncSocket
    private let reader: ByteReader

    private init(socket: AsyncSocket) {
        self.socket = socket
        reader = ByteReader(socket: socket)
    }

    static func open(port: UInt16) async throws -> HTTPTestConnection {
        HTTPTestConnection(socket: try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port)))
    }

    /// Not isolated, so a long send does not keep `reply()` from reading what the server answers meanwhile.
    nonisolated func send(_ text: String) async throws {
        try await socket.write(Data(text.utf8))
    }

    /// Sends one request (with `Host: 127.0.0.1` unless `fields` has a Host of its own) and reads its reply.
    func request(_ target: String, method: String = "GET", fields: [String: String] = [:],
                 closing: Bool = false) async throws -> HTTPReply {
        var fields = fields
        if !fields.keys.contains(where: { $0.lowercased() == "host" }) { fields["Host"] = "127.0.0.1" }
        if closing { fields["Connection"] = "close" }
        var request = "\(method) \(target) HTTP/1.1\r\n"
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            request += "\(name): \(value)\r\n"
        }
        try await send(request + "\r\n")
        return try await reply(toHEAD: method == "HEAD")
    }

    /// The next reply: its body is `Content-Length` bytes, or all that comes until the server closes.
    func reply(toHEAD isHEAD: Bool = false) async throws -> HTTPReply {
        let statusLine = try await reader.line()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        while case let line = try await reader.line(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body: [UInt8]
        if isHEAD || status == 304 {
            body = []
        } else if let length = headers["content-length"].flatMap({ Int($0) }) {
            body = try await reader.bytes(length)
        } else {
            body = await reader.rest()
        }
        return HTTPReply(status: status, headers: headers, body: Data(body))
    }

    /// Waits up to `limit` for the server to close the connection, dropping what it sends until then;
    /// true if it closed.
    func waitForServerToClose(within limit: Duration) async -> Bool {
        do {
            try await withTimeLimit("the server to close the connection", within: limit) {
                while true {
                    _ = try await self.more()
                }
            }
        } catch is TimedOut {
            return false
        } catch {
            // The server closed the connection (or reset it).
        }
        return true
    }

    private func more() async throws -> [UInt8] {
        try await reader.more()
    }

    func close() {
        try? socket.close()
    }
}
