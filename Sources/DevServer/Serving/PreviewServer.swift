import FlyingSocks
import Foundation

/// The HTTP side of the preview: the static site and the live-reload event stream, over a small HTTP/1.1
/// server of its own whose every read and write is bounded (see `HTTPLimits`).
actor PreviewServer {
    private let publicDirectory: URL
    private let channel: LiveReloadChannel
    private let mount: SiteMount
    private let limits: HTTPLimits
    private var running: Task<Void, Never>?

    init(publicDirectory: URL, channel: LiveReloadChannel, mount: SiteMount = SiteMount(), limits: HTTPLimits = HTTPLimits()) {
        self.publicDirectory = publicDirectory
        self.channel = channel
        self.mount = mount
        self.limits = limits
    }

    /// Starts listening and returns the address actually bound (port 0 asks the system for a free one).
    func start(on address: ListeningAddress) async throws -> ListeningAddress {
        let socketAddress = try address.socketAddress()
        // The platform's event queue: epoll on Linux, kqueue on macOS.
        let pool = SocketPool<Poll>.make(maxEvents: 64)
        try await pool.prepare()
        let socket = try Socket(domain: Int32(type(of: socketAddress).family))
        var bound = address
        let listener: PooledSocket
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: socketAddress)
            try socket.listen()
            switch try socket.sockname() {
            case .ip4(_, let port), .ip6(_, let port): bound.port = port
            case .unix: break
            }
            listener = try PooledSocket(socket, pool: pool)
        } catch {
            try? socket.close()
            throw error
        }
        let site = StaticSiteHandler(site: PublicDirectory(root: publicDirectory), mount: mount)
        let liveReload = LiveReloadHandler(channel: channel)
        let hosts = AllowedHosts(servedAt: bound)
        let connection = { @Sendable [limits] (socket: PooledSocket) in
            PreviewConnection(socket: socket, limits: limits, hosts: hosts) { head in
                if head.method == "GET", head.path == LiveReloadScript.eventsPath {
                    return await liveReload.respond(to: head)
                }
                return site.respond(to: head)
            }
        }
        running = Task { [limits] in
            await withTaskGroup(of: Void.self) { group in
                group.addTask { try? await pool.run() }
                group.addTask {
                    await Self.accept(on: listener, limit: OpenConnections(limit: limits.connections),
                                      serving: connection)
                }
                // Either ending (stop() cancels both) ends the other.
                await group.next()
                group.cancelAll()
            }
            listener.close()
        }
        return bound
    }

    /// Ends the event streams, then every connection; returns once all their sockets are closed.
    func stop() async {
        await channel.close()
        running?.cancel()
        await running?.value
        running = nil
    }

    private static func accept(on listener: PooledSocket, limit open: OpenConnections,
                               serving connection: @escaping @Sendable (PooledSocket) -> PreviewConnection) async {
        await withDiscardingTaskGroup { connections in
            while !Task.isCancelled {
                let client: Socket
                do {
                    client = try await listener.accept()
                } catch is CancellationError {
                    return
                } catch {
                    // Out of file descriptors, most likely: wait for some to be freed rather than spin.
                    try? await Task.sleep(for: .milliseconds(50))
                    continue
                }
                guard let socket = try? PooledSocket(client, pool: listener.pool), open.admit() else {
                    try? client.close()
                    continue
                }
                try? socket.sendWithoutDelay()
                connections.addTask {
                    await connection(socket).serve()
                    open.release()
                }
                // A burst of connections must not keep this loop from sharing its thread.
                await Task.yield()
            }
        }
    }
}
