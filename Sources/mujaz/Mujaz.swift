import ArgumentParser

@main
struct Mujaz: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mujaz",
        abstract: "Turn Arabic news articles into a fast right-to-left briefing website.",
        subcommands: [
            InitCommand.self,
            BuildCommand.self,
            ServeCommand.self,
            ImportCommand.self,
            EnrichCommand.self,
            SummarizeCommand.self,
            TagCommand.self,
            EntitiesCommand.self,
        ],
        defaultSubcommand: BuildCommand.self
    )
}
