import ArgumentParser
import OfflineCommands

/// `talenta`: the command line. Each verb is a thin layer over the server module or the pure cores.
@main
struct Talenta: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talenta",
        abstract: "Competency testing and talent placement for the Indonesian civil service.",
        subcommands: [Serve.self, Demo.self, Migrate.self, Import.self, InstansiCommand.self, AccountCommand.self, PlaceCommand.self, VerifyCommand.self,
                      VerifyResult.self, KeysCommand.self, LoadSeedCommand.self, AttemptAnswersCommand.self]
            + offlineCommands.filter { $0 != Place.self })
}
