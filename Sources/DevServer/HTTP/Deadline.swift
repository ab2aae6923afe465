/// Thrown by `withDeadline` when the time ran out before the operation finished.
struct DeadlinePassed: Error {}

/// Runs `operation` and cancels it at `deadline`, so a client that goes quiet cannot keep a connection waiting.
func withDeadline<T: Sendable>(_ deadline: ContinuousClock.Instant,
                               _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let result = first else { throw DeadlinePassed() }
        return result
    }
}
