@testable import DevServer
import Foundation
import Testing

extension ServerUnderStress {
    @Suite("A page that hangs up frees its connection at once")
    struct EventStreamSocketTests {
        @Test("300 event streams opened and closed leave no socket open and no listener behind")
        func openedAndClosedStreams() async throws {
            try await RunningPreview.withPreview { preview in
                let port = preview.address.port
                #expect(PortSockets.openConnections(port: port) == 0)
                let open = try await EventStreamClient.connect(port: port)
                _ = try await open.next(named: "hello")
                // Both ends live in this process: the page's socket and the server's.
                #expect(PortSockets.openConnections(port: port) == 2)
                await open.close()
                for _ in 0..<30 {
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for _ in 0..<10 {
                            group.addTask {
                                let page = try await EventStreamClient.connect(port: port)
                                _ = try await page.next(named: "hello")
                                await page.close()
                            }
                        }
                        try await group.waitForAll()
                    }
                }
                // No rebuild happens meanwhile: noticing the hang-up must not wait for the next event.
                try await withTimeLimit("the server to close its side of 300 streams") {
                    while true {
                        let listeners = await preview.session.listenerCount
                        if listeners == 0, PortSockets.openConnections(port: port) == 0 { return }
                        try await Task.sleep(for: .milliseconds(10))
                    }
                }
                #expect(await preview.builder.triggers == [.startup])
            }
        }
    }
}
