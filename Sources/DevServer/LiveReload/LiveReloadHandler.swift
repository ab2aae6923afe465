/// Answers the injected script's `EventSource` with a stream of live-reload events that lasts as long as the page.
struct LiveReloadHandler: Sendable {
    let channel: LiveReloadChannel

    func respond(to head: RequestHead) async -> PreviewResponse {
        PreviewResponse(
            status: .ok,
            fields: [
                ("Content-Type", "text/event-stream; charset=utf-8"),
                ("Cache-Control", "no-cache"),
            ],
            body: .eventStream(await channel.listen()))
    }
}
