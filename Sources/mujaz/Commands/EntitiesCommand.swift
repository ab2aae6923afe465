import ArgumentParser

struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("mujaz entities is not available yet")
    }
}
