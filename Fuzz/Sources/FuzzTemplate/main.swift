// Templates: the input is up to four template files, split at the byte 0x1E: `article` (a page template), then
// `partials/a`, `partials/b` and `layout`, which the first can include (`{{>partials/a}}`) or extend
// (`{{<layout}}`). Each is read as `ThemeLoader` reads a site's template (UTF-8 check, `Template(parsing:)`);
// the parsed theme (the built-in one, overridden by these) is checked by `TemplateValidator` as the
// `loadTemplates` step checks it, and `article` is rendered through `TemplateLibrary` with a value that has
// text, flags, lists and nested maps under the names a template is likely to use.
import Foundation
import FuzzSupport
@testable import SiteBuilder
import Templating

let names = ["article", "partials/a", "partials/b", "layout"]

let builtIn: [String: Theme.TemplateFile] = {
    var files: [String: Theme.TemplateFile] = [:]
    for (name, text) in DefaultTheme.files where name.hasSuffix(ThemeLoader.templateExtension) {
        let templateName = String(name.dropLast(ThemeLoader.templateExtension.count))
        files[templateName] = Theme.TemplateFile(path: "(built-in theme)/\(name)", template: try! Template(parsing: text),
                                                 digest: ContentHash(text))
    }
    return files
}()

let context: TemplateValue = {
    let item: TemplateValue = .map(["title": .text("عنوان <b>&"), "url": .text("/a/"), "a": .flag(true), "b": .list([])])
    return .map([
        "title": .text("قمة \"القاهرة\" <script>"), "a": .text("نص"), "b": .flag(true), "c": .flag(false), "d": .list([item, item, .text("x")]),
        "e": .map(["a": item, "b": .list([.flag(true), .text("")])]), "items": .list([item, item, item]), "x": .text(""),
        "site": .map(["title": .text("موجز"), "language": .text("ar")]), "page": item,
    ])
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let parts = fuzzInput(start, count).split(separator: 0x1E, maxSplits: names.count - 1, omittingEmptySubsequences: false)
    var templates = builtIn
    for (name, part) in zip(names, parts) {
        guard let text = String(validating: part, as: UTF8.self) else {
            require(SourceText.lineOfFirstInvalidByte(in: Data(part)) >= 1, "invalid byte without a line")
            return 0
        }
        let template: Template
        do {
            template = try Template(parsing: text)
        } catch {
            require(error.line >= 1 && error.column >= 1, "syntax error at \(error.line):\(error.column)")
            return 0
        }
        templates[name] = Theme.TemplateFile(path: "Templates/\(name).mustache", template: template, digest: ContentHash(text))
    }
    _ = TemplateValidator(templates: templates).validate([.article])
    let library = TemplateLibrary(templates.mapValues(\.template))
    require(library.render("article", with: context) != nil, "article did not render")
    return 0
}
