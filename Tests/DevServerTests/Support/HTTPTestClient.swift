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
            let connection = try await HTTPTestConnection.open(port: port)
            do {
                let reply = try await connection.request(target, method: method, fields: headers, closing: true)
                await connection.close()
                return reply
            } catch {
                await connection.close()
                throw error
            }
        }
    }
}
