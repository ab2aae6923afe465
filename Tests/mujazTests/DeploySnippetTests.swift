import Foundation
import Testing

/// nginx from Debian's package, which `make test` installs; CI runs the tests below without fail.
private let nginx = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The nginx server block README.md gives for deploying `Public/` is a configuration nginx accepts (`nginx -t`).
@Suite(.enabled(if: nginx != nil || ProcessInfo.processInfo.environment["CI"] != nil))
struct DeploySnippetTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    /// The README's one ```nginx block.
    static func serverBlock() throws -> String {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let blocks = text.components(separatedBy: "```nginx\n").dropFirst()
        try #require(blocks.count == 1, "README.md should have one nginx block")
        return try #require(blocks.first?.components(separatedBy: "\n```").first)
    }

    /// Exit status of `nginx -t` on the server block inside a minimal configuration whose files all live in a
    /// temporary folder, so that the check needs neither root nor /etc/nginx.
    static func check(_ server: String) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-nginx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path
        let configuration = """
            error_log \(path)/error.log;
            pid \(path)/nginx.pid;
            events {}
            http {
                access_log off;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
            \(server)
            }
            """
        try configuration.write(to: folder.appendingPathComponent("nginx.conf"), atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(nginx, "nginx is not installed: run scripts/install-deps.sh --test"))
        process.arguments = ["-t", "-p", path, "-e", "\(path)/error.log", "-c", "\(path)/nginx.conf"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func theReadmeServerBlockPassesNginxT() throws {
        let result = try Self.check(try Self.serverBlock())
        #expect(result.status == 0, "\(result.output)")
    }

    /// The check can fail: an unknown directive is refused.
    @Test func aBrokenServerBlockFailsNginxT() throws {
        let broken = try Self.serverBlock().replacingOccurrences(of: "try_files", with: "try_file")
        #expect(try Self.check(broken).status != 0)
    }
}
