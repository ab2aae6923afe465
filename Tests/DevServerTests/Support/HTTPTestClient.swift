import FlyingSocks
import Foundation

/// A response as it came over the wire.
struct HTTPReply: Sendable {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A deliberately raw client: the request target goes out byte for byte, so tests can send what browsers
/// and URL libraries would clean up first (`..`, `%2e%2e`, `%2f`, NUL).
struct HTTPTestClient: Sendable {
    let port: UInt16

    func get(_ target: String, headers: [String: String] = [:]) async throws -> HTTPReply {
        try await send("GET", target, headers: headers)
    }

    func send(_ method: String, _ target: String, headers: [String: String] = [:]) async throws -> HTTPReply {
        try await withTimeLimit("\(method) \(target)") {
            let socket = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            defer { try? socket.close() }
            var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
                request += "\(name): \(value)\r\n"
            }
            try await socket.write(Data((request + "\r\n").utf8))
            return try await Self.readReply(from: socket, expectingBody: method != "HEAD")
        }
    }

    private static func readReply(from socket: AsyncSocket, expectingBody: Bool) async throws -> HTTPReply {
        let reader = ByteReader(socket: socket)
        let statusLine = try await reader.line()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        while case let line = try await reader.line(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body: [UInt8] = []
        if expectingBody, headers["transfer-encoding"] == "chunked" {
            while case let chunk = try await reader.chunk(), !chunk.isEmpty {
                body += chunk
            }
        } else if expectingBody, status != 304 {
            body = await reader.rest()
        }
        return HTTPReply(status: status, headers: headers, body: Data(body))
    }
}
