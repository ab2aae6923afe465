import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file the build may do without (`mujaz.yml`, `Content/entities.yml`, a template): absent is fine, but a
/// file that is there and cannot be read is an error, never a silent fallback to the defaults.
enum InputFileReading {
    /// The file's bytes; nil when no file is there; a diagnostic naming `path` when one is there but cannot be read
    /// (a folder, a link to nothing or a loop, no permission).
    static func optionalContents(of file: URL, path: String) -> Result<Data?, Diagnostic> {
        var status = stat()
        guard lstat(file.path, &status) == 0 else {
            return errno == ENOENT ? .success(nil) : .failure(Diagnostic(path: path, message: reason(errno)))
        }
        return contents(of: file, path: path).map(Optional.some)
    }

    /// The bytes of a file that must be readable: a regular file, or a link to one.
    static func contents(of file: URL, path: String) -> Result<Data, Diagnostic> {
        var status = stat()
        guard stat(file.path, &status) == 0 else {
            return .failure(Diagnostic(path: path, message: errno == ELOOP ? "a link that loops back on itself"
                                                              : errno == ENOENT ? "a link to nothing" : reason(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(Diagnostic(path: path, message: "not a regular file")) }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failure(Diagnostic(path: path, message: access(file.path, R_OK) != 0 ? reason(errno) : "cannot read the file"))
        }
        return .success(data)
    }

    private static func reason(_ code: Int32) -> String {
        code == EACCES ? "cannot read the file (permission denied)" : "cannot read the file (error \(code))"
    }
}

extension Result {
    /// The error, nil on success.
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
