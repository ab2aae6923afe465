import DevServer
import Foundation
import SiteBuilder

/// Stands in for the site engine: renders each `Content/*.md` through `Templates/article.html` into
/// `Public/<name>/index.html`, and fails on an unclosed `{{#section}}` the way a template error would.
actor FakeSiteBuilder {
    let site: TemporarySite
    private(set) var triggers: [BuildTrigger] = []

    init(site: TemporarySite) {
        self.site = site
    }

    func build(_ trigger: BuildTrigger) -> RebuildOutcome {
        triggers.append(trigger)
        guard let template = try? site.read("Templates/article.html") else {
            return .failed(BuildFailure([Diagnostic(path: "Templates/article.html", message: "template missing")]))
        }
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        if template.contains("{{#"), !template.contains("{{/"),
           let line = lines.firstIndex(where: { $0.contains("{{#") }) {
            return .failed(BuildFailure([
                Diagnostic(path: "Templates/article.html", line: line + 1, message: "section is never closed"),
            ]))
        }
        let articles = (try? FileManager.default.contentsOfDirectory(atPath: site.content.path)) ?? []
        for name in articles where name.hasSuffix(".md") {
            let body = (try? site.read("Content/\(name)")) ?? ""
            let page = template.replacingOccurrences(of: "{{body}}", with: body)
            try? site.write("Public/\(name.dropLast(3))/index.html", page)
        }
        return .succeeded(summary: "\(articles.count) pages")
    }
}
