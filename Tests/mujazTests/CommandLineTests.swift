import ArgumentParser
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

    @Test func buildReadsItsOptions() throws {
        let build = try #require(try Mujaz.parseAsRoot(["build", "--root", "site", "--output", "out", "--base-url", "https://example.org/news/"]) as? BuildCommand)
        #expect(build.root == "site")
        #expect(build.output == "out")
        #expect(build.baseURL == "https://example.org/news/")
    }
}
