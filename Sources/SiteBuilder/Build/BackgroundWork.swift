import Foundation

/// Work begun now on a thread of its own and waited for by a later step: what a later step needs and the steps
/// between do not, so that its serial parts run beside their parallel ones instead of leaving cores idle.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once, by the work's thread, before `finished` is signalled; read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Thread { [self] in
            value = work()
            finished.signal()
        }.start()
    }

    /// The work's value, once it has finished.
    func wait() -> Value {
        finished.wait()
        finished.signal()
        return value!
    }
}
