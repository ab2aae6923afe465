import Dispatch

/// A value computed on another thread while the caller goes on with other work; `value` waits for it.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once, by the computing thread, before it leaves `group`; read only after waiting on `group`.
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.result = compute()
            self.group.leave()
        }
    }

    var value: Value {
        group.wait()
        return result!
    }
}
