import ArgumentParser
import OfflineCommands

/// `talenta-offline`: the offline verbs alone, built from the pure cores without the server stack.
@main
struct TalentaOffline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talenta-offline",
        abstract: "Talenta's offline verbs (the same as in `talenta`), without the web and database stack.",
        subcommands: offlineCommands)
}
