import ArgumentParser

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "(being built)")

    func run() async throws {
        throw ValidationError("mujaz serve is not available yet")
    }
}
