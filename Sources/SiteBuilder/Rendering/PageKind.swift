/// The kinds of page Mujaz renders, each from its own template.
enum PageKind: String, Sendable, CaseIterable {
    case article
    case home
    case entity
    case directory
    case briefing
    case briefings
    case notFound
    case search

    /// The template's name under `Templates/`, without `.mustache`.
    var templateName: String {
        switch self {
        case .article: "article"
        case .home: "index"
        case .entity: "entity"
        case .directory: "directory"
        case .briefing: "briefing"
        case .briefings: "briefings"
        case .notFound: "404"
        case .search: "search"
        }
    }
}
