import Foundation

/// Where the preview serves from, what it watches and where it listens.
public struct PreviewConfiguration: Sendable {
    /// The built site, served as it is on disk.
    public var publicDirectory: URL
    /// Watched with everything below them (`Content/`, `Templates/`).
    public var watchedFolders: [URL]
    /// Watched on their own (the site config).
    public var watchedFiles: [URL]
    public var address: ListeningAddress
    /// How many following ports to try when the asked one is taken; 0 fails at once.
    public var extraPortsToTry: UInt16

    public init(publicDirectory: URL, watchedFolders: [URL], watchedFiles: [URL],
                address: ListeningAddress, extraPortsToTry: UInt16 = 10) {
        self.publicDirectory = publicDirectory
        self.watchedFolders = watchedFolders
        self.watchedFiles = watchedFiles
        self.address = address
        self.extraPortsToTry = extraPortsToTry
    }
}
