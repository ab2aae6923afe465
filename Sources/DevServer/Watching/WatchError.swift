/// Watching could not start: the system call and its error, for the terminal.
public struct WatchError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): cannot watch for changes (\(reason))" }
}
