import FlyingSocks

/// Reads an HTTP/1.1 response off a socket piece by piece: lines, exact byte counts, the rest.
/// Used by one task at a time.
final class ByteReader {
    let socket: AsyncSocket
    private var buffered: [UInt8] = []

    init(socket: AsyncSocket) {
        self.socket = socket
    }

    nonisolated(nonsending) func line() async throws -> String {
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffered[..<newline]
                buffered.removeSubrange(...newline)
                return String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
            }
            try await fill()
        }
    }

    nonisolated(nonsending) func bytes(_ count: Int) async throws -> [UInt8] {
        while buffered.count < count {
            try await fill()
        }
        let result = Array(buffered.prefix(count))
        buffered.removeFirst(count)
        return result
    }

    /// Everything until the server closes the connection.
    nonisolated(nonsending) func rest() async -> [UInt8] {
        while (try? await fill()) != nil {}
        defer { buffered.removeAll() }
        return buffered
    }

    /// Whatever arrives next; throws once the server has closed the connection.
    nonisolated(nonsending) func more() async throws -> [UInt8] {
        if buffered.isEmpty {
            try await fill()
        }
        defer { buffered.removeAll() }
        return buffered
    }

    private nonisolated(nonsending) func fill() async throws {
        let more = try await socket.read(atMost: 4096)
        guard !more.isEmpty else { throw SocketError.disconnected }
        buffered.append(contentsOf: more)
    }
}
