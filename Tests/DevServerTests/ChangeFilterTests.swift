@testable import DevServer
import Testing

@Suite("Which changed files deserve a rebuild")
struct ChangeFilterTests {
    @Test(arguments: [
        (id: "article", path: "/site/Content/قمة-القاهرة.md", relevant: true),
        (id: "raw article", path: "/site/Content/2026/خبر.txt", relevant: true),
        (id: "template", path: "/site/Templates/article.mustache", relevant: true),
        (id: "config", path: "/site/mujaz.yml", relevant: true),
        (id: "vim swap", path: "/site/Content/.خبر.md.swp", relevant: false),
        (id: "vim swap without dot", path: "/site/Content/خبر.md.swp", relevant: false),
        (id: "vim probe", path: "/site/Content/4913", relevant: false),
        (id: "tilde backup", path: "/site/Content/خبر.md~", relevant: false),
        (id: "emacs autosave", path: "/site/Content/#خبر.md#", relevant: false),
        (id: "emacs lock", path: "/site/Content/.#خبر.md", relevant: false),
        (id: "dotfile", path: "/site/Content/.DS_Store", relevant: false),
        (id: "hidden folder", path: "/site/Content/.git/index", relevant: false),
        (id: "temp file", path: "/site/Templates/base.html.tmp", relevant: false),
        (id: "partial download", path: "/site/Content/x.txt.part", relevant: false),
    ])
    func filter(row: (id: String, path: String, relevant: Bool)) {
        #expect(ChangeFilter.isRelevant(row.path) == row.relevant, "\(row.id)")
    }
}
