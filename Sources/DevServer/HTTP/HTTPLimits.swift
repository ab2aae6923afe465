/// How much a client may send and how long it may take. Every read and write of a connection is bounded by
/// these, so a client that floods, trickles or goes quiet holds nothing but its own socket, and not for long.
struct HTTPLimits: Sendable {
    /// Longest request line (method, target, version); longer gets 414 as soon as this many bytes arrived.
    var requestLineBytes = 8 * 1024
    /// All header lines of one request together; more gets 431.
    var headerBytes = 16 * 1024
    var headerCount = 100
    /// Longest request body; the preview serves only GET and HEAD, so bodies are read and thrown away.
    var bodyBytes = 1024 * 1024
    /// From waiting for a request to having its whole head (or body): covers idle keep-alive connections
    /// and clients that send a byte now and then (slowloris).
    var readTimeout: Duration = .seconds(10)
    /// For writing one response, or one live-reload event, to a client that stopped reading.
    var writeTimeout: Duration = .seconds(30)
    /// After refusing a request, how long unread bytes are still taken in (and dropped) so that the client
    /// gets to read the refusal instead of a connection reset.
    var lingerTime: Duration = .seconds(1)
    /// Connections served at once; more are closed as soon as they are accepted.
    var connections = 256
}
