import Foundation

/// Where the model file and the other resources may be, without touching `Bundle.module`, whose generated accessor stops the
/// process when the resource bundle is missing (e.g. a copied binary without its `.resources` folder).
enum ModelLocator {
    /// SwiftPM's resource bundle for the Enrichment target of the Mujaz package.
    private static let bundleName = "Mujaz_Enrichment"

    /// Candidate file paths, most specific first: the environment variable `overriddenBy` names, then the
    /// resource bundle next to the running executable (Linux `.resources` folder, macOS `.bundle`) and next to
    /// the main bundle.
    static func candidatePaths(fileName: String, overriddenBy variable: String? = nil) -> [String] {
        var paths: [String] = []
        if let variable, let explicit = ProcessInfo.processInfo.environment[variable], !explicit.isEmpty {
            paths.append(explicit)
        }
        var directories: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        for directory in directories {
            for layout in ["\(bundleName).resources", "\(bundleName).bundle", "\(bundleName).bundle/Contents/Resources"] {
                let path = directory.appendingPathComponent(layout).appendingPathComponent(fileName).path
                if !paths.contains(path) { paths.append(path) }
            }
        }
        return paths
    }
}
