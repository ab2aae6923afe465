import FlyingFox

/// Answers the injected script's `EventSource` with a never-ending stream of live-reload events.
struct LiveReloadHandler: HTTPHandler {
    let channel: LiveReloadChannel

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let events = await channel.listen()
        return HTTPResponse(
            statusCode: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8",
                .cacheControl: "no-cache",
            ],
            body: HTTPBodySequence(from: EventStreamBody(events: events))
        )
    }
}
