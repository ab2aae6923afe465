import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of the preview: the static site and the live-reload event stream.
actor PreviewServer {
    private let publicDirectory: URL
    private let channel: LiveReloadChannel
    private var http: HTTPServer?
    private var running: Task<Void, any Error>?

    init(publicDirectory: URL, channel: LiveReloadChannel) {
        self.publicDirectory = publicDirectory
        self.channel = channel
    }

    /// Starts listening and returns the address actually bound (port 0 asks the system for a free one).
    func start(on address: ListeningAddress) async throws -> ListeningAddress {
        let server = HTTPServer(config: HTTPServer.Configuration(address: try address.socketAddress(), logger: .disabled))
        await server.appendRoute(HTTPRoute("GET \(LiveReloadScript.eventsPath)"), to: LiveReloadHandler(channel: channel))
        await server.appendRoute("*", to: StaticSiteHandler(site: PublicDirectory(root: publicDirectory)))
        let task = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 3)
        } catch {
            task.cancel()
            if case .failure(let failure) = await task.result { throw failure }
            throw error
        }
        http = server
        running = task
        var bound = address
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): bound.port = port
        case .unix, nil: break
        }
        return bound
    }

    /// Ends the event streams first (they would otherwise keep their connections open), then the server.
    func stop() async {
        await channel.close()
        await http?.stop(timeout: 0.3)
        running?.cancel()
        http = nil
        running = nil
    }
}
