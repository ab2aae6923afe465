/// One generated file of the site and where it goes; `key` says what it is made of (nil: always made again).
struct OutputJob: Sendable {
    enum Kind: Sendable {
        case page(PageJob)
        case siteFeed
        case entityFeed(Int)
        case sitemap
        case newsSitemap
        case robots
    }

    var kind: Kind
    var path: String
    var key: ContentHash?
}
