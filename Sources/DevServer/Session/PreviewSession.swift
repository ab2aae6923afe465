import Foundation
import SiteBuilder

/// The whole preview: serve `Public/`, build once, then rebuild on every change and reload open pages.
public actor PreviewSession {
    private let configuration: PreviewConfiguration
    private let watcher: any FileWatcher
    private let log: @Sendable (String) -> Void
    private let channel = LiveReloadChannel()
    private let mount: SiteMount
    private let server: PreviewServer
    private let build: PreviewBuild
    private var address: ListeningAddress?
    private var scheduler: RebuildScheduler?
    private var watching: Task<Void, Never>?
    private var keepingAlive: Task<Void, Never>?

    /// - Parameters:
    ///   - build: the site engine, building into `Public/` exactly as `mujaz build` does; it is called once with
    ///     `.startup`, then with each batch of changed files.
    ///   - watcher: defaults to inotify on Linux.
    ///   - log: one line per event, for the terminal.
    public init(configuration: PreviewConfiguration, build: @escaping PreviewBuild,
                watcher: (any FileWatcher)? = nil, log: @escaping @Sendable (String) -> Void) throws {
        self.configuration = configuration
        self.watcher = try watcher ?? Self.systemWatcher(for: configuration)
        self.log = log
        self.build = build
        mount = SiteMount(configuration.site)
        server = PreviewServer(publicDirectory: configuration.publicDirectory, channel: channel, mount: mount)
    }

    /// The site's address in the preview: the listening address with the base URL's path (`http://127.0.0.1:8080/news/`).
    public var siteURL: String {
        guard let address else { return "" }
        return address.url + (mount.current.location?.rootPath.dropFirst() ?? "")
    }

    /// Listens, starts watching and starts building the whole site; returns the address pages are served at
    /// as soon as it listens (the first build's result is logged and pushed to pages like any other).
    @discardableResult
    public func start() async throws -> ListeningAddress {
        let address = try await listen()
        self.address = address
        log("Serving \(configuration.publicDirectory.path) at \(siteURL)")
        let scheduler = RebuildScheduler(build: build) { [channel, mount, log] trigger, outcome, duration in
            if case .succeeded(_, let site?) = outcome { mount.update(site) }
            log(Self.report(trigger, outcome, duration))
            await channel.announce(outcome)
        }
        self.scheduler = scheduler
        let changes: AsyncStream<Set<String>>
        do {
            changes = try watcher.changes()
        } catch {
            await server.stop()
            throw error
        }
        watching = Task { [scheduler] in
            for await batch in changes {
                await scheduler.submit(ChangeFilter.relevant(batch))
            }
        }
        keepingAlive = Task { [channel] in
            while (try? await Task.sleep(for: .seconds(15))) != nil {
                await channel.sendKeepAlive()
            }
        }
        await scheduler.requestFullBuild()
        return address
    }

    /// Stops watching, building and serving; returns within about a second.
    public func stop() async {
        watching?.cancel()
        keepingAlive?.cancel()
        await scheduler?.stop(patience: .milliseconds(500))
        await server.stop()
    }

    /// Waits until the builds asked for so far (the first one, and changes seen since) are done and announced.
    public func waitUntilIdle() async {
        await scheduler?.waitUntilIdle()
    }

    var listenerCount: Int {
        get async { await channel.listenerCount }
    }

    private func listen() async throws -> ListeningAddress {
        let wanted = configuration.address
        guard wanted.port != 0 else { return try await server.start(on: wanted) }
        let last = UInt16(min(Int(UInt16.max), Int(wanted.port) + Int(configuration.extraPortsToTry)))
        for port in wanted.port...last {
            let candidate = ListeningAddress(host: wanted.host, port: port)
            guard try candidate.isFree() else { continue }
            if port != wanted.port {
                log("port \(wanted.port) is in use; serving on port \(port) instead")
            }
            return try await server.start(on: candidate)
        }
        throw ListeningAddress.AddressError.portsTaken(host: wanted.host, first: wanted.port, last: last)
    }

    private static func systemWatcher(for configuration: PreviewConfiguration) throws -> any FileWatcher {
        #if os(Linux)
        return InotifyWatcher(folders: configuration.watchedFolders, files: configuration.watchedFiles)
        #else
        throw WatchError(path: configuration.publicDirectory.path, reason: "no file watcher for this system yet")
        #endif
    }

    private static func report(_ trigger: BuildTrigger, _ outcome: RebuildOutcome, _ duration: Duration) -> String {
        let milliseconds = duration.wholeMilliseconds
        let cause: String
        switch trigger {
        case .startup:
            cause = "built the site"
        case .changes(let paths):
            let names = paths.sorted().prefix(3).map { ($0 as NSString).lastPathComponent }
            let more = paths.count > names.count ? " and \(paths.count - names.count) more" : ""
            cause = "rebuilt after changes to \(names.joined(separator: ", "))\(more)"
        }
        switch outcome {
        case .succeeded(let summary, _):
            return "\(cause) in \(milliseconds) ms: \(summary)"
        case .failed(let failure):
            return "\(cause): build failed in \(milliseconds) ms; still serving the last good site\n\(failure)"
        }
    }
}
