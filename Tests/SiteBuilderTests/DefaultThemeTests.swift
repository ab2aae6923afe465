import Foundation
import Testing
@testable import SiteBuilder

/// The theme inside the binary must equal the repo's `Templates/` byte for byte.
@Suite struct DefaultThemeTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let generatedFile = repoRoot.appendingPathComponent("Sources/SiteBuilder/Rendering/DefaultTheme.swift")

    static func templatesOnDisk() throws -> [String: String] {
        let folder = repoRoot.appendingPathComponent("Templates")
        var files: [String: String] = [:]
        for url in ThemeLoader.siteFiles(in: folder) {
            files[ContentLoader.relativePath(of: url, to: folder)] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// The Swift source that embeds `files`; `MUJAZ_UPDATE_THEME=1` writes it after a theme edit.
    static func source(embedding files: [String: String]) -> String {
        var lines = [
            "// Generated from Templates/ — do not edit. Regenerate with:",
            "//   MUJAZ_UPDATE_THEME=1 swift test --filter DefaultThemeTests",
            "",
            "/// The default theme inside the binary, so `mujaz init` and builds without `Templates/` work anywhere.",
            "enum DefaultTheme {",
            "    static let files: [String: String] = [",
        ]
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            lines.append("        \"\(name)\": ##\"\"\"")
            lines.append(text + "\n\"\"\"##,")
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func embeddedThemeEqualsTemplatesFolder() throws {
        let onDisk = try Self.templatesOnDisk()
        if ProcessInfo.processInfo.environment["MUJAZ_UPDATE_THEME"] == "1" {
            try Self.source(embedding: onDisk).write(to: Self.generatedFile, atomically: false, encoding: .utf8)
        }
        #expect(onDisk.keys.sorted() == DefaultTheme.files.keys.sorted())
        for (name, text) in onDisk {
            #expect(DefaultTheme.files[name] == text, "Templates/\(name) differs from the embedded theme; run MUJAZ_UPDATE_THEME=1 swift test --filter DefaultThemeTests")
        }
    }

    @Test func defaultThemePassesValidation() throws {
        let theme = try ThemeLoader.load(siteTemplates: URL(fileURLWithPath: "/nonexistent"), root: URL(fileURLWithPath: "/")).get()
        #expect(TemplateValidator(templates: theme.templates).validate().isEmpty)
        #expect(theme.assets.map(\.path) == ["search.js", "style.css"])
    }
}
