import Foundation
import SiteBuilder

/// Open pages listening for rebuilds, and the state of the last build they must be told about on connect.
actor LiveReloadChannel {
    let serverID = UUID().uuidString
    private var listeners: [UUID: AsyncStream<LiveReloadEvent>.Continuation] = [:]
    private var failure: BuildFailure?
    private var builds = 0
    private var isClosed = false

    var listenerCount: Int { listeners.count }

    /// A stream for one page: a greeting, the current build error if there is one, then every later event.
    func listen() -> AsyncStream<LiveReloadEvent> {
        // A page that stops reading loses old events rather than growing memory; only the latest matter.
        let (stream, continuation) = AsyncStream.makeStream(
            of: LiveReloadEvent.self, bufferingPolicy: .bufferingNewest(4))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        continuation.onTermination = { _ in
            Task { await self.forget(id) }
        }
        continuation.yield(.hello(serverID: serverID))
        if let failure {
            continuation.yield(.failure(failure))
        }
        listeners[id] = continuation
        return stream
    }

    /// Tells every page about a finished rebuild: reload after a success, show the error after a failure.
    func announce(_ outcome: RebuildOutcome) {
        switch outcome {
        case .succeeded:
            failure = nil
            builds += 1
            send(.reload(build: builds))
        case .failed(let buildFailure):
            failure = buildFailure
            send(.failure(buildFailure))
        }
    }

    func sendKeepAlive() {
        send(.keepAlive)
    }

    /// Ends every stream so the server can stop without waiting for pages to hang up.
    func close() {
        isClosed = true
        for continuation in listeners.values {
            continuation.finish()
        }
        listeners.removeAll()
    }

    private func send(_ event: LiveReloadEvent) {
        for (id, continuation) in listeners {
            if case .terminated = continuation.yield(event) {
                listeners[id] = nil
            }
        }
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
