import Dispatch
import Foundation
import SiteBuilder

/// The real site engine behind the preview: `SiteBuild.run` as `mujaz build` runs it, so `Public/` holds what a
/// build writes; the server points the pages' absolute URLs at itself as it serves them.
public enum SiteEngineBuild {
    // The engine is synchronous and CPU-bound: run it off Swift's small cooperative pool so the server keeps
    // answering while a build runs, and one build at a time.
    private static let queue = DispatchQueue(label: "mujaz.preview.build", qos: .userInitiated)

    /// Builds as `mujaz build` with these options does (root, output folder, base URL).
    public static func make(_ given: BuildOptions) -> PreviewBuild {
        var options = given
        // A folder path without its trailing slash: the build cache compares paths as plain strings.
        options.root = URL(fileURLWithPath: given.root.standardizedFileURL.path(percentEncoded: false), isDirectory: false)
        let built = options
        return { _ in
            await withCheckedContinuation { continuation in
                queue.async {
                    continuation.resume(returning: run(built))
                }
            }
        }
    }

    private static func run(_ options: BuildOptions) -> RebuildOutcome {
        do {
            let built = try SiteBuild.run(options)
            let summary = ([built.line] + built.warnings.map { "warning: \($0)" }).joined(separator: "\n")
            // Read after the build: the config it used, unless it changed meanwhile (which starts another build).
            let site = try? SiteConfig.load(for: options).get()
            return .succeeded(summary: summary, site: site.map { SiteLocation(baseURL: $0.baseURL) })
        } catch let failure as BuildFailure {
            return .failed(failure)
        } catch let diagnostic as Diagnostic {
            return .failed(BuildFailure([diagnostic]))
        } catch {
            return .failed(BuildFailure([Diagnostic(path: options.output.path, message: "\(error)")]))
        }
    }
}
