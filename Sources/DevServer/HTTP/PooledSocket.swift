import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A non-blocking socket whose waits go through the server's event pool (epoll on Linux): a read or write
/// that cannot go on suspends the task, never a thread, and gives up as soon as the task is cancelled.
struct PooledSocket: Sendable {
    let socket: Socket
    let pool: any AsyncSocketPool

    init(_ socket: Socket, pool: any AsyncSocketPool) throws {
        try socket.setFlags(.nonBlocking)
        self.socket = socket
        self.pool = pool
    }

    func accept() async throws -> Socket {
        while true {
            do {
                return Socket(file: try socket.accept().file)
            } catch SocketError.blocked {
                try await pool.suspendSocket(socket, untilReadyFor: .connection)
            }
        }
    }

    /// Whatever has arrived, up to `count` bytes, waiting until something has; throws
    /// `SocketError.disconnected` once the client has closed its side.
    func read(atMost count: Int) async throws -> [UInt8] {
        while true {
            try Task.checkCancellation()
            do {
                return try socket.read(atMost: count)
            } catch SocketError.blocked {
                try await pool.suspendSocket(socket, untilReadyFor: .read)
            }
        }
    }

    func write(_ data: Data) async throws {
        var sent = data.startIndex
        while sent < data.endIndex {
            do {
                sent = try socket.write(data, from: sent)
            } catch SocketError.blocked {
                try await pool.suspendSocket(socket, untilReadyFor: .write)
            }
        }
    }

    /// Sends each response as soon as it is written: with Nagle's algorithm on, a response written in two
    /// parts waits for the client's delayed acknowledgement of the first (40 ms on Linux) on a kept-alive
    /// connection.
    func sendWithoutDelay() throws {
        try socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: Int32(TCP_NODELAY)))
    }

    /// Tells the client nothing more is coming, while its bytes can still be read.
    func finishWriting() {
        _ = shutdown(socket.file.rawValue, Int32(SHUT_WR))
    }

    func close() {
        try? socket.close()
    }
}
