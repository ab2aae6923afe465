/// Watching could not start: the system call and its error, for the terminal.
struct WatchError: Error, Sendable, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "\(path): cannot watch for changes (\(reason))" }
}
