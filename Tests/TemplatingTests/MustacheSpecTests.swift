import Foundation
import Templating
import Testing

/// The official Mustache spec (github.com/mustache/spec, MIT, `MustacheSpec/LICENSE`), every case of every file.
/// The JSON files are read from the source tree (#filePath), so they are no resource of the test bundle.
@Suite struct MustacheSpecTests {
    static let coreFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// The inheritance cases this engine renders differently from the spec; the test fails when the list changes.
    static let knownFailingInheritance: [String] = []

    @Test(arguments: coreFiles)
    func core(_ file: String) throws {
        let results = try SpecCase.run(file)
        for result in results where !result.passed {
            Issue.record(Comment(rawValue: result.report(file)))
        }
        print("MustacheSpec \(file): \(results.count { $0.passed })/\(results.count)")
    }

    @Test func inheritance() throws {
        let file = "~inheritance"
        let results = try SpecCase.run(file)
        let failing = results.filter { !$0.passed }.map(\.label)
        for result in results where !result.passed && !Self.knownFailingInheritance.contains(result.label) {
            Issue.record(Comment(rawValue: result.report(file)))
        }
        #expect(failing == Self.knownFailingInheritance, "the inheritance cases that fail changed")
        print("MustacheSpec \(file): \(results.count { $0.passed })/\(results.count)")
    }
}

/// One case of a spec file: a template, its data and partials, and the exact output expected.
private struct SpecCase {
    /// The name the case's own template is stored under; tag names cannot hold a space, so no partial is called so.
    static let mainName = "spec template"

    let label: String
    let template: String
    let data: TemplateValue
    let partials: [String: String]
    let expected: String

    struct Result {
        let label: String
        let expected: String
        /// The output, or a description of the syntax error the engine threw.
        let actual: String
        var passed: Bool { actual == expected }

        func report(_ file: String) -> String {
            "\(file).json, \"\(label)\":\n\(diff(expected: expected, actual: actual))"
        }
    }

    static func run(_ file: String) throws -> [Result] {
        try cases(in: file).map { $0.run() }
    }

    static func cases(in file: String) throws -> [SpecCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("MustacheSpec/\(file).json")
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        let tests = try #require((json as? [String: Any])?["tests"] as? [[String: Any]], "\(file).json has no tests")
        var seen: [String: Int] = [:]
        return try tests.map { test in
            let name = try #require(test["name"] as? String)
            // Names are unique but for two cases of ~inheritance; the second is labelled "name #2".
            seen[name, default: 0] += 1
            let label = seen[name] == 1 ? name : "\(name) #\(seen[name]!)"
            return SpecCase(
                label: label,
                template: try #require(test["template"] as? String, "\(label): template"),
                data: value(of: test["data"] as Any) ?? .map([:]),
                partials: test["partials"] as? [String: String] ?? [:],
                expected: try #require(test["expected"] as? String, "\(label): expected")
            )
        }
    }

    func run() -> Result {
        do {
            var templates = [Self.mainName: try Template(parsing: template)]
            for (name, source) in partials {
                templates[name] = try Template(parsing: source)
            }
            let output = TemplateLibrary(templates).render(Self.mainName, with: data) ?? "(no template rendered)"
            return Result(label: label, expected: expected, actual: output)
        } catch {
            return Result(label: label, expected: expected,
                          actual: "(syntax error at \(error.line):\(error.column): \(error.message))")
        }
    }

    /// JSON as a template value: strings are text, numbers their shortest text (1 → "1", 1.10 → "1.1"),
    /// booleans flags, arrays lists, objects maps; null is a missing value (nil, so a missing key).
    static func value(of json: Any) -> TemplateValue? {
        switch json {
        case let text as String:
            return .text(text)
        case let number as NSNumber:
            if type(of: number) == type(of: NSNumber(value: true)) {
                return .flag(number.boolValue)
            }
            if let integer = json as? Int {
                return .text(String(integer))
            }
            return .text("\(number.doubleValue)")
        case let array as [Any]:
            return .list(array.compactMap(value(of:)))
        case let object as [String: Any]:
            return .map(object.compactMapValues(value(of:)))
        default:
            return nil
        }
    }
}

/// The lines where `expected` and `actual` differ, with the strings written as Swift literals so that
/// whitespace and line endings show.
private func diff(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines = ["  expected: \(expected.debugDescription)", "  actual:   \(actual.debugDescription)"]
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let wanted = index < expectedLines.count ? String(expectedLines[index]).debugDescription : "(no line)"
        let got = index < actualLines.count ? String(actualLines[index]).debugDescription : "(no line)"
        if wanted != got {
            lines.append("  line \(index + 1): -\(wanted)")
            lines.append("  line \(index + 1): +\(got)")
        }
    }
    return lines.joined(separator: "\n")
}
