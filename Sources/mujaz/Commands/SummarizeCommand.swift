import ArgumentParser

struct SummarizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summarize", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("mujaz summarize is not available yet")
    }
}
