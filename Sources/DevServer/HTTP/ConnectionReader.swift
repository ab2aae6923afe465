import FlyingSocks

/// The bytes one client sends, read as they are needed: request heads, and bodies to skip.
/// Bytes that arrive ahead of time (a pipelined request) stay buffered for the next call.
struct ConnectionReader {
    private static let readSize = 16 * 1024

    let socket: PooledSocket
    let limits: HTTPLimits
    private var buffered: [UInt8] = []

    init(socket: PooledSocket, limits: HTTPLimits) {
        self.socket = socket
        self.limits = limits
    }

    /// True when the client has sent bytes that no request has used yet.
    var hasUnreadBytes: Bool { !buffered.isEmpty }

    /// The next request head, or nil when the client closed the connection, or left it idle for the read
    /// timeout, before starting another request.
    /// - Throws: `HTTPRefusal` for a head that is too long, malformed or too slow to arrive (408).
    mutating func nextHead() async throws -> RequestHead? {
        let deadline = ContinuousClock.now + limits.readTimeout
        var parser = RequestHeadParser(limits: limits)
        while true {
            if case .complete(let head, let length) = try parser.parse(buffered) {
                buffered.removeFirst(length)
                return head
            }
            do {
                buffered += try await withDeadline(deadline) { [socket] in
                    try await socket.read(atMost: Self.readSize)
                }
            } catch is DeadlinePassed {
                guard !buffered.isEmpty else { return nil }
                throw HTTPRefusal(.requestTimeout,
                                  "The request did not arrive within \(limits.readTimeout).")
            } catch SocketError.disconnected {
                return nil
            }
        }
    }

    /// Reads and drops a request body of `length` bytes.
    mutating func skipBody(length: Int) async throws {
        let deadline = ContinuousClock.now + limits.readTimeout
        var remaining = length
        let fromBuffer = min(remaining, buffered.count)
        buffered.removeFirst(fromBuffer)
        remaining -= fromBuffer
        while remaining > 0 {
            let wanted = min(remaining, Self.readSize)
            remaining -= try await withDeadline(deadline) { [socket] in
                try await socket.read(atMost: wanted).count
            }
        }
    }
}
