/// Finds one request head in the bytes a connection has received so far.
///
/// Each call looks only at the bytes added since the last one, so a head costs time in proportion to its
/// length however it is split into reads, and it is refused as soon as it outgrows `HTTPLimits`: a 10 MB
/// request line is answered with 414 after the first few kilobytes.
struct RequestHeadParser {
    enum Progress: Equatable {
        case needsMoreBytes
        /// The head, and how many bytes it took (its blank line included); what follows is body or next request.
        case complete(RequestHead, length: Int)
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    let limits: HTTPLimits
    /// Bytes already looked at.
    private var scanned = 0
    /// Where the request line starts, after the empty lines RFC 9112 §2.2 lets a client send first.
    private var requestLineStart: Int?
    /// Line feeds of the head so far; the first one ends the request line.
    private var lineEnds: [Int] = []

    init(limits: HTTPLimits) {
        self.limits = limits
    }

    mutating func parse(_ bytes: [UInt8]) throws(HTTPRefusal) -> Progress {
        while scanned < bytes.count {
            let byte = bytes[scanned]
            if requestLineStart == nil {
                if byte == Self.carriageReturn || byte == Self.lineFeed {
                    scanned += 1
                    try checkRequestLineLength(upTo: scanned, from: 0)
                    continue
                }
                requestLineStart = scanned
            }
            if byte == Self.lineFeed {
                let lineStart = lineEnds.last.map { $0 + 1 } ?? requestLineStart!
                let isBlank = scanned == lineStart || (scanned == lineStart + 1 && bytes[lineStart] == Self.carriageReturn)
                if isBlank, !lineEnds.isEmpty {
                    return .complete(try makeHead(from: bytes), length: scanned + 1)
                }
                lineEnds.append(scanned)
                if lineEnds.count > limits.headerCount + 1 {
                    throw HTTPRefusal(.requestHeaderFieldsTooLarge,
                                      "The request has more than \(limits.headerCount) header fields.")
                }
            }
            scanned += 1
            try checkLengths()
        }
        return .needsMoreBytes
    }

    private func checkLengths() throws(HTTPRefusal) {
        guard let requestLineEnd = lineEnds.first else {
            try checkRequestLineLength(upTo: scanned, from: requestLineStart ?? 0)
            return
        }
        try checkRequestLineLength(upTo: requestLineEnd, from: requestLineStart ?? 0)
        if scanned - (requestLineEnd + 1) > limits.headerBytes {
            throw HTTPRefusal(.requestHeaderFieldsTooLarge,
                              "The request's header fields are longer than \(limits.headerBytes) bytes.")
        }
    }

    private func checkRequestLineLength(upTo end: Int, from start: Int) throws(HTTPRefusal) {
        // The line's own CR LF is not counted.
        if end - start > limits.requestLineBytes + 1 {
            throw HTTPRefusal(.uriTooLong, "The request line is longer than \(limits.requestLineBytes) bytes.")
        }
    }

    private func makeHead(from bytes: [UInt8]) throws(HTTPRefusal) -> RequestHead {
        var start = requestLineStart!
        var lines: [ArraySlice<UInt8>] = []
        for end in lineEnds {
            let line = bytes[start..<end]
            lines.append(line.last == Self.carriageReturn ? line.dropLast() : line)
            start = end + 1
        }
        var head = try Self.requestLine(lines[0])
        head.fields = try lines.dropFirst().map { line throws(HTTPRefusal) in try Self.field(line) }
        return head
    }

    private static func requestLine(_ line: ArraySlice<UInt8>) throws(HTTPRefusal) -> RequestHead {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].allSatisfy(isTokenByte), !parts[0].isEmpty,
              !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else {
            throw HTTPRefusal(.badRequest, "The request line must be METHOD, one space, the path, one space, HTTP/1.1.")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            guard version.hasPrefix("HTTP/") else {
                throw HTTPRefusal(.badRequest, "The request line must end in HTTP/1.1.")
            }
            throw HTTPRefusal(.httpVersionNotSupported, "Only HTTP/1.1 and HTTP/1.0 are served.")
        }
        return RequestHead(method: String(decoding: parts[0], as: UTF8.self),
                           target: String(decoding: parts[1], as: UTF8.self), version: version, fields: [])
    }

    private static func field(_ line: ArraySlice<UInt8>) throws(HTTPRefusal) -> RequestHead.Field {
        // RFC 9112 §5.1 and §5.2: no space before the colon, and no folded continuation lines.
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
              line[..<colon].allSatisfy(isTokenByte) else {
            throw HTTPRefusal(.badRequest, "Each header line must be a name, a colon and a value.")
        }
        var value = line[(colon + 1)...]
        while let first = value.first, isBlank(first) { value = value.dropFirst() }
        while let last = value.last, isBlank(last) { value = value.dropLast() }
        guard value.allSatisfy({ $0 == UInt8(ascii: "\t") || ($0 >= 0x20 && $0 != 0x7F) }) else {
            throw HTTPRefusal(.badRequest, "Header values must not hold control characters.")
        }
        return RequestHead.Field(name: String(decoding: line[..<colon], as: UTF8.self).lowercased(),
                                 value: String(decoding: value, as: UTF8.self))
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static let tokenSymbols = Set("!#$%&'*+-.^_`|~".utf8)

    /// RFC 9110 §5.6.2 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return tokenSymbols.contains(byte)
        }
    }
}
