import FlyingSocks

/// Adapts a stream of live-reload events to the byte sequence FlyingFox sends as a chunked response body,
/// one event per chunk, so each event leaves the server as soon as it is announced.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<LiveReloadEvent>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<LiveReloadEvent>.Iterator
        var unsent: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if unsent.isEmpty {
                guard let event = await events.next() else { return nil }
                unsent = ArraySlice(event.wireFormat.utf8)
            }
            let buffer = unsent.prefix(Swift.max(1, count))
            unsent = unsent.dropFirst(buffer.count)
            return buffer
        }
    }
}
