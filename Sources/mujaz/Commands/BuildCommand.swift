import ArgumentParser
import Foundation
import SiteBuilder

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build SITE/Content into a static site in SITE/Public.",
        discussion: """
        Every problem is listed as path:line: message and the build exits non-zero without \
        changing the output folder. A Content folder that is missing or unreadable is an error, and so is \
        a Content folder without articles when the last build published some (unless --allow-empty).
        """
    )

    @OptionGroup var site: SiteBuildOptions

    @Flag(name: .customLong("allow-empty"), help: "Publish a site without articles even when the last build published some.")
    var allowEmpty = false

    func run() async throws {
        let options = site.buildOptions(allowEmpty: allowEmpty)
        let showProgress = isatty(STDERR_FILENO) == 1
        do {
            let summary = try SiteBuild.run(options) { event in
                guard showProgress else { return }
                switch event {
                case .started(let index, let count, let step):
                    FileHandle.standardError.write(Data("[\(index)/\(count)] \(step)…".utf8))
                case .finished(_, _, _, let seconds):
                    FileHandle.standardError.write(Data(" \(String(format: "%.2f", seconds)) s\n".utf8))
                }
            }
            for warning in summary.warnings {
                FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
            }
            print(summary.line)
        } catch let failure as BuildFailure {
            if showProgress { FileHandle.standardError.write(Data(" failed\n".utf8)) }
            let steps = Set(failure.diagnostics.compactMap(\.step)).sorted().joined(separator: ", ")
            let count = failure.diagnostics.count
            FileHandle.standardError.write(Data("mujaz build failed (\(count) error\(count == 1 ? "" : "s") in \(steps.isEmpty ? "build" : steps)):\n".utf8))
            for diagnostic in failure.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
            throw ExitCode.failure
        }
    }
}
