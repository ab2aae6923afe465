import Synchronization

/// How many connections are being served, so that a flood of them is turned away before it uses up the
/// process's file descriptors.
final class OpenConnections: Sendable {
    private let count = Atomic(0)
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Counts one more connection, unless that would pass the limit.
    func admit() -> Bool {
        let (_, admitted) = count.add(1, ordering: .relaxed)
        guard admitted <= limit else {
            count.subtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func release() {
        count.subtract(1, ordering: .relaxed)
    }
}
