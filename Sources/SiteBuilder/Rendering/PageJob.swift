/// One HTML page to render; jobs are listed first, then rendered in parallel.
enum PageJob: Sendable {
    case article(Int)
    case home(page: Int)
    case entity(Int, page: Int)
    case directory
    case briefing(Int, page: Int)
    case briefings
    case notFound
    case search

    var kind: PageKind {
        switch self {
        case .article: .article
        case .home: .home
        case .entity: .entity
        case .directory: .directory
        case .briefing: .briefing
        case .briefings: .briefings
        case .notFound: .notFound
        case .search: .search
        }
    }
}
