/// The `Host:` values the preview answers to.
///
/// A web page can point a name of its own at 127.0.0.1 (DNS rebinding) and then read the preview as if it
/// were its own site; its requests still carry that name in `Host:`. So only the loopback names, and the
/// address the preview was started on, are served.
struct AllowedHosts: Sendable {
    private static let loopbackNames: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    private let names: Set<String>
    private let servedAt: ListeningAddress

    init(servedAt address: ListeningAddress) {
        servedAt = address
        let listening = address.host.contains(":") ? "[\(address.host.lowercased())]" : address.host.lowercased()
        names = Self.loopbackNames.union([listening])
    }

    /// Passes a request whose `Host:` is one of the allowed names, with or without a port.
    func check(_ head: RequestHead) throws(HTTPRefusal) {
        let values = head.values(of: "host")
        guard values.count == 1 else {
            throw HTTPRefusal(.badRequest, "The request must carry exactly one Host header, such as Host: 127.0.0.1.")
        }
        guard let name = Self.name(inHostValue: values[0]), names.contains(name) else {
            let known = names.sorted().joined(separator: ", ")
            throw HTTPRefusal(.misdirectedRequest, "This preview answers only to \(known); open \(servedAt.url) "
                + "(to preview from another machine, start mujaz serve with --host set to this machine's address).")
        }
    }

    /// The lowercased name of `host` or `host:port` (`[v6]` or `[v6]:port` for IPv6); nil when malformed.
    static func name(inHostValue value: String) -> String? {
        let lowered = value.lowercased()
        let name: Substring
        let rest: Substring
        if lowered.hasPrefix("[") {
            guard let close = lowered.firstIndex(of: "]") else { return nil }
            name = lowered[...close]
            rest = lowered[lowered.index(after: close)...]
        } else {
            let colon = lowered.firstIndex(of: ":") ?? lowered.endIndex
            name = lowered[..<colon]
            rest = lowered[colon...]
        }
        guard !name.isEmpty else { return nil }
        if rest.isEmpty { return String(name) }
        let port = rest.dropFirst()
        guard rest.first == ":", !port.isEmpty, port.count <= 5,
              port.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return String(name)
    }
}
