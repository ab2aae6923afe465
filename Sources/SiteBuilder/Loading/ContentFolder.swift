#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether `Content/` is a folder the build can read. A missing, unreadable or linked-to-nothing `Content/` would
/// otherwise read as a site without articles, and publishing that deletes every article page.
enum ContentFolder {
    /// What is wrong with the folder at `path`, nil when it can be read.
    static func problem(at path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            return errno == ENOENT ? "the content folder is missing (create it, or run mujaz init)" : reason(errno)
        }
        if status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
            return errno == ELOOP ? "a link that loops back on itself" : errno == ENOENT ? "a link to nothing" : reason(errno)
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { return "not a folder" }
        guard let folder = opendir(path) else { return reason(errno) }
        closedir(folder)
        return nil
    }

    private static func reason(_ code: Int32) -> String {
        code == EACCES ? "cannot read the folder (permission denied)" : "cannot read the folder (error \(code))"
    }
}
