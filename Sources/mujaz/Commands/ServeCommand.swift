import ArgumentParser
import DevServer
import Foundation
import SiteBuilder

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild and reload open pages on every change.",
        discussion: """
        Builds exactly as mujaz build does, so the output folder can be uploaded after a preview, and serves \
        the site at its base_url's path (https://example.org/news/ at http://127.0.0.1:8080/news/). Watches \
        SITE/Content, SITE/Templates and SITE/mujaz.yml. A build error keeps the last good site served and \
        shows the error (path:line: message) over the page until it is fixed. Ctrl-C stops.
        """
    )

    @OptionGroup var site: SiteBuildOptions

    @Option(name: .long, help: ArgumentHelp("Address to listen on; anything but loopback exposes drafts to the network.", valueName: "ADDRESS"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Port to listen on; when taken, the next free one of the following ten is used.", valueName: "PORT"))
    var port: UInt16 = 8080

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.site.root, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(site.site.root): no such site folder")
        }
        do {
            try ListeningAddress(host: host, port: port).checkHost()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() async throws {
        let options = site.buildOptions()
        let address = ListeningAddress(host: host, port: port)
        if !address.isLoopback {
            Self.printError("warning: listening on \(host): anyone who can reach this machine can read the preview")
        }
        let session: PreviewSession
        do {
            session = try PreviewSession(
                configuration: PreviewConfiguration(
                    publicDirectory: options.output,
                    watchedFolders: [options.contentDirectory, options.templatesDirectory],
                    watchedFiles: [options.configFile],
                    address: address,
                    site: (try? SiteConfig.load(for: options).get()).map { SiteLocation(baseURL: $0.baseURL) }),
                build: SiteEngineBuild.make(options),
                log: Self.printLine)
            try await session.start()
        } catch {
            Self.printError("mujaz serve: \(error)")
            throw ExitCode.failure
        }
        Self.printLine("Watching Content/, Templates/ and \(SiteConfig.fileName); open \(await session.siteURL) (Ctrl-C to stop)")
        _ = await TerminationSignal.next()
        // Stopping takes well under a second (a running build gets half of it); a client or a build that does
        // not let go must not make Ctrl-C or SIGTERM wait longer.
        TerminationSignal.exitProcess(after: .milliseconds(900), status: 1,
                                      saying: "mujaz serve: stopping is taking too long; exiting anyway.")
        await session.stop()
        Self.printLine("Stopped.")
    }

    /// Whole lines, written at once: the terminal (or a log file) sees each rebuild as it happens.
    private static func printLine(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
