import Foundation

/// What the preview answers: a status, header fields and either bytes or a live-reload event stream.
struct PreviewResponse: Sendable {
    enum Body: Sendable {
        case bytes(Data)
        /// Server-Sent Events until the page hangs up or the server stops; the connection ends with it.
        case eventStream(AsyncStream<LiveReloadEvent>)
    }

    var status: HTTPStatus
    /// In the order they are sent; `Content-Length` and `Connection` are added when the response is written.
    var fields: [(name: String, value: String)]
    var body: Body

    init(status: HTTPStatus, fields: [(name: String, value: String)] = [], body: Body = .bytes(Data())) {
        self.status = status
        self.fields = fields
        self.body = body
    }

    /// A short text answer, for refusals and errors a person may read in the browser or in curl.
    static func plain(_ status: HTTPStatus, _ message: String,
                      fields: [(name: String, value: String)] = []) -> PreviewResponse {
        PreviewResponse(status: status, fields: fields + [("Content-Type", "text/plain; charset=utf-8")],
                        body: .bytes(Data((message + "\n").utf8)))
    }

    /// The status line and header fields, ending in the blank line.
    /// - Parameters:
    ///   - contentLength: the body's length; nil for a body that lasts until the connection closes.
    ///   - connection: the `Connection` field, when one is needed.
    func encodedHead(contentLength: Int?, connection: String?) -> Data {
        var text = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
        for field in fields {
            text += "\(field.name): \(field.value)\r\n"
        }
        if let contentLength, status.hasContent {
            text += "Content-Length: \(contentLength)\r\n"
        }
        if let connection {
            text += "Connection: \(connection)\r\n"
        }
        return Data((text + "\r\n").utf8)
    }
}
