import ArgumentParser
import Foundation

/// `--root SITE`, the site folder every site command works on.
struct SiteFolderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder (holds mujaz.yml, Content/, Templates/); messages name files relative to it.", valueName: "SITE"))
    var root: String = "."

    var url: URL { URL(fileURLWithPath: root, isDirectory: true) }
}
