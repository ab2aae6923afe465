import ArgumentParser
import Foundation
import SiteBuilder

/// `--root SITE`, the site folder every site command works on.
struct SiteFolderOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder (holds mujaz.yml, Content/, Templates/); messages name files relative to it.", valueName: "SITE"))
    var root: String = "."

    var url: URL { URL(fileURLWithPath: root, isDirectory: true) }
}

/// `--root`, `--output` and `--base-url`: what a site is built from and where it goes, shared by the commands
/// that build it (`build`, `serve`).
struct SiteBuildOptions: ParsableArguments {
    @OptionGroup var site: SiteFolderOption

    @Option(name: .long, help: ArgumentHelp("Where to write the site, and serve it from (default: SITE/Public).", valueName: "OUT"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Publish under this URL instead of the config's base_url, e.g. https://example.org/news/.", valueName: "URL"))
    var baseURL: String?

    func buildOptions(allowEmpty: Bool = false) -> BuildOptions {
        BuildOptions(
            root: site.url.standardizedFileURL,
            output: output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL },
            baseURL: baseURL,
            allowEmpty: allowEmpty
        )
    }
}
