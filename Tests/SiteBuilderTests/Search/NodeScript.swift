import Foundation

/// Runs JavaScript under Node for the tests that check `Templates/search.js`; nil when Node is not installed.
enum NodeScript {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themeScript = repoRoot.appendingPathComponent("Templates/search.js")

    /// Standard output and exit status of `node ARGUMENTS`.
    static func run(_ arguments: [String]) throws -> (output: String, status: Int32)? {
        guard let node = ["/usr/bin/node", "/usr/local/bin/node"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (text, process.terminationStatus)
    }
}
