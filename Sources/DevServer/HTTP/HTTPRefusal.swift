/// A request the preview will not serve, with the status and a sentence saying what to change.
/// The connection is closed after the answer: what follows the refused part cannot be trusted.
struct HTTPRefusal: Error, Equatable, Sendable {
    var status: HTTPStatus
    var message: String

    init(_ status: HTTPStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    var response: PreviewResponse {
        PreviewResponse.plain(status, message)
    }
}
