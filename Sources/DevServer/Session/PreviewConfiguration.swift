import Foundation
import SiteBuilder

/// Where the preview serves from, what it watches and where it listens.
public struct PreviewConfiguration: Sendable {
    /// The built site, served as it is on disk.
    public var publicDirectory: URL
    /// Watched with everything below them (`Content/`, `Templates/`).
    public var watchedFolders: [URL]
    /// Watched on their own (the site config).
    public var watchedFiles: [URL]
    public var address: ListeningAddress
    /// Where the site in `Public/` is published, until a build says otherwise (nil: at `/`).
    public var site: SiteLocation?
    /// How many following ports to try when the asked one is taken; 0 fails at once.
    public var extraPortsToTry: UInt16

    public init(publicDirectory: URL, watchedFolders: [URL], watchedFiles: [URL],
                address: ListeningAddress, site: SiteLocation? = nil, extraPortsToTry: UInt16 = 10) {
        self.publicDirectory = publicDirectory
        self.watchedFolders = watchedFolders
        self.watchedFiles = watchedFiles
        self.address = address
        self.site = site
        self.extraPortsToTry = extraPortsToTry
    }
}
