import Foundation

/// The bytes libFuzzer hands a target, copied (the buffer is only valid during the call).
public func fuzzInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    guard let start, count > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: start, count: count))
}

/// Stops the process when an invariant does not hold: libFuzzer reports it as a crash and saves the input.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                    file: StaticString = #fileID, line: UInt = #line) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        fatalError(message(), file: file, line: line)
    }
}

/// The folder of this process's scratch files, removed when the process exits normally (a crash leaves it).
nonisolated(unsafe) private var scratchFolder: String?

/// A file in a folder of its own for parsers that only read paths (`mujaz.yml`, `Content/entities.yml`), on
/// tmpfs when there is one: written anew for each input, so no input sees another's bytes.
public final class ScratchFile: @unchecked Sendable {
    public let url: URL

    public init(name: String) {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = URL(fileURLWithPath: base).appendingPathComponent("mujaz-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = folder.appendingPathComponent(name)
        if scratchFolder == nil {
            scratchFolder = folder.path
            atexit { scratchFolder.map { _ = try? FileManager.default.removeItem(atPath: $0) } }
        }
    }

    /// Replaces the file's contents with `bytes`.
    public func write(_ bytes: [UInt8]) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(descriptor >= 0, "cannot write \(url.path)")
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                precondition(result > 0, "cannot write \(url.path)")
                written += result
            }
        }
        close(descriptor)
    }
}
