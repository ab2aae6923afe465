import ArgumentParser
import Foundation
import Testing
@testable import mujaz

/// The command line as a user meets it: every command explains itself, and bad arguments fail clearly.
@Suite struct CommandLineTests {
    struct HelpRow: Sendable, CustomTestStringConvertible {
        let command: any ParsableCommand.Type
        let usage: String
        let mentions: [String]
        var testDescription: String { usage }
    }

    static let rows: [HelpRow] = [
        HelpRow(command: InitCommand.self, usage: "mujaz init <DIR>", mentions: ["mujaz.yml", "Templates/"]),
        HelpRow(command: BuildCommand.self, usage: "mujaz build [--root <SITE>] [--output <OUT>] [--base-url <URL>]",
                mentions: ["path:line: message", "SITE/Public"]),
        HelpRow(command: ServeCommand.self, usage: "mujaz serve", mentions: ["--root", "--port", "--host", "loopback"]),
        HelpRow(command: ImportCommand.self, usage: "mujaz import", mentions: ["--root", "--date", ".txt"]),
        HelpRow(command: EnrichCommand.self, usage: "mujaz enrich", mentions: ["--root", "editor"]),
        HelpRow(command: SummarizeCommand.self, usage: "mujaz summarize", mentions: ["--sentences", "--words", "--jsonl"]),
        HelpRow(command: TagCommand.self, usage: "mujaz tag", mentions: ["TAB", "B-PERS"]),
        HelpRow(command: EntitiesCommand.self, usage: "mujaz entities", mentions: ["JSON", "--aliases"]),
    ]

    @Test(arguments: rows) func everyCommandExplainsItself(_ row: HelpRow) {
        let help = Mujaz.helpMessage(for: row.command, columns: 400)
        #expect(help.contains("USAGE: \(row.usage)"))
        for mention in row.mentions {
            #expect(help.contains(mention), "help of \(row.usage) does not mention \(mention)")
        }
        #expect(!row.command.configuration.abstract.isEmpty)
    }

    @Test func theToolListsEveryCommand() {
        let help = Mujaz.helpMessage(columns: 400)
        for command in Mujaz.configuration.subcommands {
            #expect(help.contains(command.configuration.commandName ?? "?"))
        }
    }

    @Test(arguments: [["build", "--no-such-option"], ["init"], ["summarize", "--sentences", "two"], ["frobnicate", "x"]])
    func badArgumentsExitNonZero(_ arguments: [String]) {
        do {
            _ = try Mujaz.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(Mujaz.exitCode(for: error) != .success)
            #expect(!Mujaz.message(for: error).isEmpty)
        }
    }

    /// `build` and `serve` read `--root`, `--output` and `--base-url` through one option group, into the same
    /// build options.
    @Test(arguments: ["build", "serve"]) func buildAndServeReadTheSameSiteOptions(_ command: String) throws {
        // `serve` checks that the site folder exists.
        let root = FileManager.default.temporaryDirectory
        let parsed = try Mujaz.parseAsRoot([command, "--root", root.path, "--output", "out", "--base-url", "https://example.org/news/"])
        let site = try #require((parsed as? BuildCommand)?.site ?? (parsed as? ServeCommand)?.site)
        let options = site.buildOptions()
        #expect(options.root.standardizedFileURL.path == root.standardizedFileURL.path)
        #expect(options.output.lastPathComponent == "out")
        #expect(options.baseURL == "https://example.org/news/")
        #expect(!options.allowEmpty)
    }

    /// `--date` applies to every article, whether the files are named or found under `--root`.
    @Test func importWithoutFilesTakesTheDateOption() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try Data("عنوان\n\nنص المقال بلا تاريخ.\n".utf8).write(to: root.appendingPathComponent("Content/a.txt"))
        let command = try #require(try Mujaz.parseAsRoot(["import", "--root", root.path, "--date", "2025-01-02"]) as? ImportCommand)
        try await command.run()
        let markdown = try String(contentsOf: root.appendingPathComponent("Content/a.md"), encoding: .utf8)
        #expect(markdown.contains("\ndate: 2025-01-02\n"))
    }
}
