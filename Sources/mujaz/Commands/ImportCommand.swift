import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("mujaz import is not available yet")
    }
}
