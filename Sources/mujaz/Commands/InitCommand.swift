import ArgumentParser
import Foundation
import SiteBuilder

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: mujaz.yml, Templates/ (the default theme), an empty Content/ and .gitignore."
    )

    @Argument(help: ArgumentHelp("The folder to create the site in (created when missing).", valueName: "DIR"))
    var directory: String

    func run() async throws {
        let url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        do {
            try SiteScaffold.create(at: url)
        } catch let failure as BuildFailure {
            for diagnostic in failure.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
            throw ExitCode.failure
        }
        print("Created a Mujaz site in \(url.path). Add articles to Content/ and run: mujaz build --root \(directory)")
    }
}
