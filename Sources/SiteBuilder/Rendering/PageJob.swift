/// One HTML page to render; jobs are listed first, then rendered in parallel.
enum PageJob: Sendable {
    case article(Int)
    case home(page: Int)
    case entity(Int, page: Int)
    /// `entities/`: the type tabs and each type's most mentioned.
    case directory
    /// `entities/TYPE/`: one type's letter index and most mentioned (`EntityDirectory.sections` index).
    case directoryType(Int)
    /// `entities/TYPE/LETTER/`: one letter's entities, paginated.
    case directoryLetter(Int, letter: Int, page: Int)
    case briefing(Int, page: Int)
    case briefings
    case notFound
    case search

    var kind: PageKind {
        switch self {
        case .article: .article
        case .home: .home
        case .entity: .entity
        case .directory, .directoryType, .directoryLetter: .directory
        case .briefing: .briefing
        case .briefings: .briefings
        case .notFound: .notFound
        case .search: .search
        }
    }
}
