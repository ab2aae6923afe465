import Foundation

/// One client connection: request after request on it (keep-alive) until the client leaves, a request is
/// refused or the server stops. Each wait is bounded by `HTTPLimits`.
struct PreviewConnection: Sendable {
    let socket: PooledSocket
    let limits: HTTPLimits
    let hosts: AllowedHosts
    let respond: @Sendable (RequestHead) async -> PreviewResponse

    func serve() async {
        defer { socket.close() }
        var reader = ConnectionReader(socket: socket, limits: limits)
        do {
            while let head = try await reader.nextHead() {
                guard try await answer(head, reader: &reader) else { return }
            }
        } catch let refusal as HTTPRefusal {
            _ = try? await send(refusal.response, answering: nil, endingStreamsAtOnce: true)
            await lingerBeforeClosing()
        } catch {
            // The client left, a write timed out or the server is stopping: there is nobody to tell.
        }
    }

    /// Answers one request; returns whether the connection stays open for another.
    private func answer(_ head: RequestHead, reader: inout ConnectionReader) async throws -> Bool {
        try hosts.check(head)
        try await reader.skipBody(length: head.bodyLength(limit: limits.bodyBytes))
        return try await send(await respond(head), answering: head, endingStreamsAtOnce: reader.hasUnreadBytes)
    }

    /// Sends a response; returns whether the connection can carry another request.
    /// - Parameters:
    ///   - head: the request answered; nil for a refusal, after which the connection closes.
    ///   - endingStreamsAtOnce: the client sent more than its request, which an `EventSource` never does.
    private func send(_ response: PreviewResponse, answering head: RequestHead?,
                      endingStreamsAtOnce: Bool) async throws -> Bool {
        switch response.body {
        case .bytes(let body):
            try await write(response, body: body, answering: head)
            return head?.keepsAlive ?? false
        case .eventStream(let events):
            try await stream(events, under: response, endingAtOnce: endingStreamsAtOnce)
            return false
        }
    }

    /// Writes the whole response at once, so it leaves in as few packets as it fits in.
    private func write(_ response: PreviewResponse, body: Data, answering head: RequestHead?) async throws {
        let connection: String? = switch head {
        case .some(let head) where head.keepsAlive: head.version == "HTTP/1.0" ? "keep-alive" : nil
        default: "close"
        }
        var message = response.encodedHead(contentLength: body.count, connection: connection)
        // HEAD gets the length GET would, without the bytes.
        if head?.method != "HEAD", response.status.hasContent {
            message.append(body)
        }
        try await withDeadline(.now + limits.writeTimeout) { [socket, message] in
            try await socket.write(message)
        }
    }

    /// Sends each event as it is announced, until the stream ends (the server stops) or the page hangs up.
    /// Waiting for the hang-up is what frees the socket at once rather than at the next event.
    private func stream(_ events: AsyncStream<LiveReloadEvent>, under response: PreviewResponse,
                        endingAtOnce: Bool) async throws {
        // The stream lasts until the connection closes, so it needs no length and no chunked framing.
        let head = response.encodedHead(contentLength: nil, connection: "close")
        try await withDeadline(.now + limits.writeTimeout) { [socket] in try await socket.write(head) }
        guard !endingAtOnce else { return }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [socket, limits] in
                for await event in events {
                    try await withDeadline(.now + limits.writeTimeout) {
                        try await socket.write(Data(event.wireFormat.utf8))
                    }
                }
            }
            group.addTask { [socket] in
                _ = try await socket.read(atMost: 1)
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// After a refusal the client may still be sending (the rest of a 10 MB request line). Closing with those
    /// bytes unread would reset the connection and could lose the answer, so they are read and dropped for a
    /// moment first, yielding between reads so a flooding client cannot keep a thread to itself.
    private func lingerBeforeClosing() async {
        socket.finishWriting()
        let deadline = ContinuousClock.now + limits.lingerTime
        while true {
            do {
                _ = try await withDeadline(deadline) { [socket] in try await socket.read(atMost: 64 * 1024) }
                await Task.yield()
            } catch {
                return
            }
        }
    }
}
