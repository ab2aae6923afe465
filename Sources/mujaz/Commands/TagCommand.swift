import ArgumentParser

struct TagCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tag", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("mujaz tag is not available yet")
    }
}
