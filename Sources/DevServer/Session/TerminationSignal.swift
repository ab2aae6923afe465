import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, turned into something a command can await to shut down cleanly.
public enum TerminationSignal {
    /// Waits for SIGINT or SIGTERM and returns its number. From the first call on, these signals no longer
    /// end the process by themselves.
    public static func next() async -> Int32 {
        await withCheckedContinuation { continuation in
            let queue = DispatchQueue(label: "mujaz.signals")
            let received = SignalLatch(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { received.fire(number) }
                received.keep(source)
                source.resume()
            }
        }
    }

    /// Ends the process after `delay` unless it has ended by then, printing `message` first: stopping is bounded
    /// step by step, and this makes the bound hold whatever happens. It runs on a Dispatch queue, so it fires
    /// even when every Swift concurrency thread is busy.
    public static func exitProcess(after delay: Duration, status: Int32, saying message: String) {
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(delay.wholeMilliseconds))) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            // `_exit`, not `exit`: other threads may hold locks that exit handlers would wait for.
            _exit(status)
        }
    }
}

/// Resumes the waiting task once, for whichever signal comes first, and keeps the signal sources alive until then.
private final class SignalLatch: @unchecked Sendable {
    // Touched only on the serial signal queue (and during setup, before any handler can run).
    private var continuation: CheckedContinuation<Int32, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Int32, Never>) {
        self.continuation = continuation
    }

    func keep(_ source: any DispatchSourceSignal) {
        sources.append(source)
    }

    func fire(_ number: Int32) {
        continuation?.resume(returning: number)
        continuation = nil
        sources.forEach { $0.cancel() }
        sources.removeAll()
    }
}
