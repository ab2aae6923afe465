import Dispatch
import Foundation
import SiteBuilder

/// The real site engine behind the preview: `SiteBuild.run` with links pointing at the local server.
public enum SiteEngineBuild {
    // The engine is synchronous and CPU-bound: run it off Swift's small cooperative pool so the server keeps
    // answering while a build runs, and one build at a time.
    private static let queue = DispatchQueue(label: "mujaz.preview.build", qos: .userInitiated)

    /// - Parameters:
    ///   - root: the site folder; `output` is where pages go (its `Public/` by default).
    ///   - address: where the preview serves; it replaces the config's base URL for this build.
    public static func make(root: URL, output: URL?, servedAt address: ListeningAddress) -> PreviewBuild {
        // A folder path without its trailing slash: the build cache compares paths as plain strings.
        let folder = URL(fileURLWithPath: root.standardizedFileURL.path(percentEncoded: false), isDirectory: false)
        let options = BuildOptions(root: folder, output: output, baseURL: address.url)
        return { _ in
            await withCheckedContinuation { continuation in
                queue.async {
                    continuation.resume(returning: run(options))
                }
            }
        }
    }

    private static func run(_ options: BuildOptions) -> RebuildOutcome {
        do {
            return .succeeded(summary: try SiteBuild.run(options).line)
        } catch let failure as BuildFailure {
            return .failed(failure)
        } catch let diagnostic as Diagnostic {
            return .failed(BuildFailure([diagnostic]))
        } catch {
            return .failed(BuildFailure([Diagnostic(path: options.output.path, message: "\(error)")]))
        }
    }
}
