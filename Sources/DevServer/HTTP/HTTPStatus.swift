/// The response statuses the preview sends, with their RFC 9110 reason phrases.
enum HTTPStatus: Int, Sendable {
    case ok = 200
    case movedPermanently = 301
    /// Temporary: where the site is mounted follows the config's `base_url`, which may change.
    case found = 302
    case notModified = 304
    case badRequest = 400
    case forbidden = 403
    case notFound = 404
    case methodNotAllowed = 405
    case requestTimeout = 408
    case contentTooLarge = 413
    case uriTooLong = 414
    case misdirectedRequest = 421
    case requestHeaderFieldsTooLarge = 431
    case notImplemented = 501
    case httpVersionNotSupported = 505

    var reason: String {
        switch self {
        case .ok: "OK"
        case .movedPermanently: "Moved Permanently"
        case .found: "Found"
        case .notModified: "Not Modified"
        case .badRequest: "Bad Request"
        case .forbidden: "Forbidden"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .contentTooLarge: "Content Too Large"
        case .uriTooLong: "URI Too Long"
        case .misdirectedRequest: "Misdirected Request"
        case .requestHeaderFieldsTooLarge: "Request Header Fields Too Large"
        case .notImplemented: "Not Implemented"
        case .httpVersionNotSupported: "HTTP Version Not Supported"
        }
    }

    /// RFC 9110 §15.4.5: a 304 never has content, so it carries no length either.
    var hasContent: Bool { self != .notModified }
}
