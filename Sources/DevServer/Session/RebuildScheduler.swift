import Foundation

/// Runs one build at a time. Changes that arrive while a build runs are merged and built together right after,
/// so a burst of saves during a slow build costs one more build, not one per save.
actor RebuildScheduler {
    private let build: PreviewBuild
    private let finished: @Sendable (BuildTrigger, RebuildOutcome, Duration) async -> Void
    private var needsFullBuild = false
    private var pending: Set<String> = []
    private var worker: Task<Void, Never>?

    init(build: @escaping PreviewBuild,
         finished: @escaping @Sendable (BuildTrigger, RebuildOutcome, Duration) async -> Void) {
        self.build = build
        self.finished = finished
    }

    /// Builds everything next; changes already queued are covered by it.
    func requestFullBuild() {
        needsFullBuild = true
        startWorkerIfIdle()
    }

    func submit(_ changedPaths: Set<String>) {
        guard !changedPaths.isEmpty else { return }
        pending.formUnion(changedPaths)
        startWorkerIfIdle()
    }

    /// Returns once no build is running and none is queued.
    func waitUntilIdle() async {
        while let running = worker {
            await running.value
        }
    }

    /// Drops queued work and gives the running build up to `patience` to finish; the caller exits either way.
    func stop(patience: Duration) async {
        needsFullBuild = false
        pending.removeAll()
        worker?.cancel()
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        // A build that ignores cancellation must not hold up Ctrl-C; files are replaced atomically anyway.
        while worker != nil, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    private func startWorkerIfIdle() {
        guard worker == nil else { return }
        worker = Task { await self.drain() }
    }

    private func drain() async {
        while !Task.isCancelled, needsFullBuild || !pending.isEmpty {
            let trigger: BuildTrigger = needsFullBuild ? .startup : .changes(pending)
            needsFullBuild = false
            pending.removeAll()
            let clock = ContinuousClock()
            let start = clock.now
            let outcome = await build(trigger)
            await finished(trigger, outcome, clock.now - start)
        }
        worker = nil
    }
}
