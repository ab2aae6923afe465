import Foundation

/// A request line and its header fields, checked for shape but not yet for meaning.
struct RequestHead: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        /// Lowercased: field names are case-insensitive.
        var name: String
        var value: String
    }

    var method: String
    /// As sent: still percent-encoded, with the query.
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    var fields: [Field]

    /// Every value of the field `name` (lowercase), in order.
    func values(of name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The field's value when it is sent once; nil when it is missing or repeated.
    func value(of name: String) -> String? {
        let found = values(of: name)
        return found.count == 1 ? found[0] : nil
    }

    var path: Substring {
        target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    var query: Substring? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return target[target.index(after: mark)...]
    }

    /// RFC 9112 §9.3: HTTP/1.1 keeps the connection unless told `close`; HTTP/1.0 only when told `keep-alive`.
    var keepsAlive: Bool {
        let options = values(of: "connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if options.contains("close") { return false }
        return version == "HTTP/1.1" || options.contains("keep-alive")
    }

    /// How many body bytes follow the head. The preview reads none it does not need, so a body it cannot
    /// measure up front (chunked) or that is larger than `limit` is refused rather than read.
    func bodyLength(limit: Int) throws(HTTPRefusal) -> Int {
        if !values(of: "transfer-encoding").isEmpty {
            throw HTTPRefusal(.notImplemented, "Request bodies sent with Transfer-Encoding are not accepted; "
                + "send Content-Length instead.")
        }
        let lengths = Set(values(of: "content-length").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) })
        guard let text = lengths.first else { return 0 }
        guard lengths.count == 1, !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let length = Int(text) else {
            throw HTTPRefusal(.badRequest, "Content-Length must be one decimal number.")
        }
        guard length <= limit else {
            throw HTTPRefusal(.contentTooLarge, "The request body is \(length) bytes; at most \(limit) are accepted.")
        }
        return length
    }
}
