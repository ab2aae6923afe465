/// Reports changes under the site's sources. Kept this small so another system can bring its own implementation
/// (inotify is Linux only).
public protocol FileWatcher: Sendable {
    /// Starts watching. Each element is one burst of changes: the absolute paths of files created, written,
    /// renamed or deleted, gathered until the folders have been quiet for a moment.
    /// Ending the iteration (or cancelling the task that iterates) stops the watcher.
    func changes() throws -> AsyncStream<Set<String>>
}
