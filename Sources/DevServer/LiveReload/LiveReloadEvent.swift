import Foundation
import SiteBuilder

/// One Server-Sent Event pushed to open pages, already in wire format.
enum LiveReloadEvent: Sendable {
    /// First event of every stream: a page that sees a new server id after a reconnect reloads itself.
    case hello(serverID: String)
    case reload(build: Int)
    case failure(BuildFailure)
    /// A comment line, so dead connections are noticed and proxies keep the stream open.
    case keepAlive

    var wireFormat: String {
        switch self {
        case .hello(let serverID):
            return "retry: 1000\nevent: hello\ndata: \(serverID)\n\n"
        case .reload(let build):
            return "event: reload\ndata: \(build)\n\n"
        case .failure(let failure):
            return "event: failure\ndata: \(Self.json(failure))\n\n"
        case .keepAlive:
            return ": keep-alive\n\n"
        }
    }

    /// A JSON array of `path:line: message` lines; JSON escapes newlines, so it fits one `data:` line.
    private static func json(_ failure: BuildFailure) -> String {
        let lines = failure.diagnostics.map(\.description)
        guard let data = try? JSONEncoder().encode(lines), let text = String(data: data, encoding: .utf8) else {
            return "[]"
        }
        return text
    }
}
