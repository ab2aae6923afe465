import FlyingSocks
import Foundation

/// Listens to the live-reload stream the way the injected script's `EventSource` does.
actor EventStreamClient {
    struct Event: Equatable, Sendable {
        var name: String
        var data: String
    }

    private let socket: AsyncSocket
    private let reader: ByteReader
    private var unparsed = ""

    private init(socket: AsyncSocket, reader: ByteReader) {
        self.socket = socket
        self.reader = reader
    }

    static func connect(port: UInt16) async throws -> EventStreamClient {
        try await withTimeLimit("connect to the event stream") {
            let socket = try await AsyncSocket.connected(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            let request = "GET /__mujaz/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
            try await socket.write(Data(request.utf8))
            let reader = ByteReader(socket: socket)
            while !(try await reader.line()).isEmpty {}
            return EventStreamClient(socket: socket, reader: reader)
        }
    }

    /// The next named event (comments such as keep-alives are skipped).
    func next(within limit: Duration = .seconds(5)) async throws -> Event {
        try await withTimeLimit("next live-reload event", within: limit) { try await self.read() }
    }

    /// Skips events until one with this name arrives.
    func next(named name: String, within limit: Duration = .seconds(5)) async throws -> Event {
        try await withTimeLimit("live-reload event \(name)", within: limit) {
            while true {
                let event = try await self.read()
                if event.name == name { return event }
            }
        }
    }

    func close() {
        try? socket.close()
    }

    private func read() async throws -> Event {
        while true {
            if let end = unparsed.range(of: "\n\n") {
                let block = unparsed[..<end.lowerBound]
                unparsed.removeSubrange(..<end.upperBound)
                var event = Event(name: "message", data: "")
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { event.data = String(line.dropFirst(6)) }
                }
                if !block.hasPrefix(":") { return event }
                continue
            }
            // The stream is the rest of the connection: no length, no chunks.
            unparsed += String(decoding: try await reader.more(), as: UTF8.self)
        }
    }
}
