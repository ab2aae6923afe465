import SiteBuilder
import Synchronization

/// The site the server answers with right now: each successful build says where its pages are published, and
/// requests that follow are routed and rewritten for that location.
final class SiteMount: Sendable {
    private let mounted: Mutex<MountedSite>

    init(_ location: SiteLocation? = nil) {
        mounted = Mutex(MountedSite(location: location))
    }

    var current: MountedSite {
        mounted.withLock { $0 }
    }

    func update(_ location: SiteLocation) {
        mounted.withLock { $0 = MountedSite(location: location) }
    }
}
