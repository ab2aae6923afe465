import FlyingSocks
import Foundation
import Testing

extension ServerUnderStress {
    /// Runs the built `mujaz` binary: signals are handled by the command, not by the preview session.
    @Suite("SIGTERM and SIGINT stop mujaz serve within a second, whatever the clients are doing")
    struct ShutdownTests {
        private static let clock = ContinuousClock()

        /// The `mujaz` built next to this test bundle by `swift build --build-tests`.
        private static var builtMujaz: URL? {
            guard let testRunner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
                return nil
            }
            let mujaz = URL(fileURLWithPath: testRunner).deletingLastPathComponent().appendingPathComponent("mujaz")
            return FileManager.default.isExecutableFile(atPath: mujaz.path) ? mujaz : nil
        }

        @Test("a signal during a flood of long request lines, trickling headers, event streams and requests",
              arguments: [SIGTERM, SIGINT])
        func signalDuringFlood(signal: Int32) async throws {
            let mujaz = try #require(Self.builtMujaz, "build the mujaz product next to the tests (swift build --build-tests)")
            let site = try TemporarySite(scaffolded: ())
            defer { site.remove() }
            try site.write("Content/cairo-summit.md", "---\ntitle: \"قمة القاهرة\"\ndate: 2026-11-28\n---\n\nاجتمع القادة.\n")
            let log = site.root.appendingPathComponent("serve.log")
            try Data().write(to: log)
            let server = Process()
            server.executableURL = mujaz
            server.arguments = ["serve", "--root", site.root.path, "--port", "0"]
            server.standardOutput = try FileHandle(forWritingTo: log)
            server.standardError = server.standardOutput
            try server.run()
            defer { if server.isRunning { server.terminate() } }

            let port = try await withTimeLimit("mujaz serve to build the site", within: .seconds(30)) {
                while true {
                    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                    if text.contains("built the site"), let port = Self.port(in: text) { return port }
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            let flood = Self.flood(port: port)
            defer { flood.cancel() }
            // Let the flood reach the server: refusals, lingering, streams and requests all under way.
            try await Task.sleep(for: .milliseconds(500))
            #expect(server.isRunning)

            let start = Self.clock.now
            kill(server.processIdentifier, signal)
            while server.isRunning, Self.clock.now - start < .seconds(5) {
                try await Task.sleep(for: .milliseconds(5))
            }
            let elapsed = Self.clock.now - start
            #expect(elapsed < .seconds(1), "stopped after \(elapsed)")
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            #expect(output.contains("Stopped."), "\(output)")
        }

        /// The port from `Serving … at http://127.0.0.1:PORT/`.
        private static func port(in log: String) -> UInt16? {
            guard let line = log.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
                  let url = line.split(separator: " ").last.flatMap({ URL(string: String($0)) }) else { return nil }
            return url.port.flatMap(UInt16.init(exactly:))
        }

        /// Clients that keep coming back until cancelled: endless request lines, headers sent a byte at a time,
        /// open event streams and plain requests.
        private static func flood(port: UInt16) -> Task<Void, Never> {
            Task {
                await withTaskGroup(of: Void.self) { group in
                    let chunk = "GET /" + String(repeating: "a", count: 64 * 1024)
                    for _ in 0..<4 {
                        group.addTask {
                            await repeatedly(port: port) { connection in
                                try await connection.send(chunk)
                                // Still a flood for the server, without starving this process's other tasks.
                                try await Task.sleep(for: .milliseconds(1))
                            }
                        }
                    }
                    for _ in 0..<20 {
                        group.addTask {
                            await repeatedly(port: port, opening: "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n") { connection in
                                try await connection.send("X")
                                try await Task.sleep(for: .milliseconds(50))
                            }
                        }
                    }
                    for _ in 0..<20 {
                        group.addTask {
                            await repeatedly(port: port, opening: "GET /__mujaz/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") { _ in
                                try await Task.sleep(for: .seconds(1))
                            }
                        }
                    }
                    for _ in 0..<4 {
                        group.addTask { await repeatedly(port: port) { _ = try await $0.request("/") } }
                    }
                }
            }
        }

        /// Opens a connection, sends `opening`, then runs `step` over and over; starts again when the server
        /// closes it, and ends when the task is cancelled.
        private static func repeatedly(port: UInt16, opening: String = "",
                                       step: @Sendable (HTTPTestConnection) async throws -> Void) async {
            while !Task.isCancelled {
                guard let connection = try? await HTTPTestConnection.open(port: port) else {
                    try? await Task.sleep(for: .milliseconds(20))
                    continue
                }
                do {
                    if !opening.isEmpty { try await connection.send(opening) }
                    while !Task.isCancelled { try await step(connection) }
                } catch {
                    // Refused or closed by the server: come back with a new connection.
                }
                await connection.close()
            }
        }
    }
}
