@testable import DevServer
import Testing

@Suite("One build at a time")
struct RebuildSchedulerTests {
    /// A build that waits to be released, so the test decides when each build ends.
    actor GatedBuild {
        private(set) var triggers: [BuildTrigger] = []
        private var gates: [CheckedContinuation<Void, Never>] = []

        func build(_ trigger: BuildTrigger) async -> RebuildOutcome {
            triggers.append(trigger)
            await withCheckedContinuation { gates.append($0) }
            return .succeeded(summary: "")
        }

        func releaseOne() -> Bool {
            guard !gates.isEmpty else { return false }
            gates.removeFirst().resume()
            return true
        }
    }

    @Test("changes saved during a build are merged into the next one")
    func mergesChangesDuringABuild() async throws {
        let gated = GatedBuild()
        let scheduler = RebuildScheduler(build: { await gated.build($0) }, finished: { _, _, _ in })
        await scheduler.submit(["/site/Content/أ.md"])
        try await waitFor { await gated.triggers.count == 1 }
        await scheduler.submit(["/site/Content/ب.md"])
        await scheduler.submit(["/site/Content/ج.md", "/site/Content/ب.md"])
        #expect(await gated.releaseOne())
        try await waitFor { await gated.triggers.count == 2 }
        #expect(await gated.releaseOne())
        await scheduler.waitUntilIdle()
        #expect(await gated.triggers == [
            .changes(["/site/Content/أ.md"]),
            .changes(["/site/Content/ب.md", "/site/Content/ج.md"]),
        ])
    }

    @Test("a full build swallows changes queued before it starts")
    func fullBuildCoversQueuedChanges() async throws {
        let gated = GatedBuild()
        let scheduler = RebuildScheduler(build: { await gated.build($0) }, finished: { _, _, _ in })
        await scheduler.submit(["/site/Content/أ.md"])
        try await waitFor { await gated.triggers.count == 1 }
        await scheduler.submit(["/site/Content/ب.md"])
        await scheduler.requestFullBuild()
        #expect(await gated.releaseOne())
        try await waitFor { await gated.triggers.count == 2 }
        #expect(await gated.releaseOne())
        await scheduler.waitUntilIdle()
        #expect(await gated.triggers.last == .startup)
    }

    /// Polls a condition owned by another actor; bounded, so a bug fails instead of hanging.
    private func waitFor(_ condition: @escaping @Sendable () async -> Bool) async throws {
        try await withTimeLimit("condition") {
            while !(await condition()) {
                try await Task.sleep(for: .milliseconds(2))
            }
        }
    }
}
