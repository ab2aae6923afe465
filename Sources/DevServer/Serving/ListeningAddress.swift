import FlyingSocks
import Foundation

/// The host and port the preview listens on, checked before the server starts.
public struct ListeningAddress: Sendable, Equatable {
    public var host: String
    public var port: UInt16

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Loopback keeps drafts on this machine; anything else exposes them to the network.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public var url: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)/"
    }

    /// Throws when `host` is not an IPv4 or IPv6 address (or `localhost`), before anything starts.
    public func checkHost() throws(AddressError) {
        _ = try socketAddress()
    }

    func socketAddress() throws(AddressError) -> any SocketAddress {
        let literal = host == "localhost" ? "127.0.0.1" : host
        if let address = try? sockaddr_in.inet(ip4: literal, port: port) { return address }
        if let address = try? sockaddr_in6.inet6(ip6: literal, port: port) { return address }
        throw .notAnAddress(host)
    }

    /// True when nothing listens on this address yet (the port may still be taken by the time the server binds,
    /// which then fails with its own error).
    func isFree() throws(AddressError) -> Bool {
        let address = try socketAddress()
        do {
            let socket = try Socket(domain: Int32(type(of: address).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            return true
        } catch {
            return false
        }
    }

    public enum AddressError: Error, Sendable, Equatable, CustomStringConvertible {
        case notAnAddress(String)
        case portsTaken(host: String, first: UInt16, last: UInt16)

        public var description: String {
            switch self {
            case .notAnAddress(let host):
                return "--host \(host): not an IPv4 or IPv6 address (try 127.0.0.1)"
            case .portsTaken(let host, let first, let last) where first == last:
                return "port \(first) on \(host) is already in use; stop the other server or pass --port"
            case .portsTaken(let host, let first, let last):
                return "ports \(first)–\(last) on \(host) are all in use; stop the other server or pass --port"
            }
        }
    }
}
