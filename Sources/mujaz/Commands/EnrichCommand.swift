import ArgumentParser

struct EnrichCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enrich", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("mujaz enrich is not available yet")
    }
}
