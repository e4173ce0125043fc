import ArgumentParser
import Foundation
import OfflineCommands
import TalentaServer

/// `talenta place`: the raw solver over a scores CSV (as `talenta-offline place`), or a placement round in
/// the database (`--round`).
struct PlaceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Recommend who fits where: the exact optimal placement, from a scores CSV or a round in the database.",
        discussion: """
            --scores CSV --output plan.json runs the raw solver (see `talenta-offline place --help` for the CSV). \
            --round ROUND_ID runs a placement round in the database (DATABASE_URL or the SQLite default): a draft \
            is recomputed from the instansi's current records and stored; a round past the draft is recomputed \
            from its stored inputs and must reproduce its stored recommendation exactly. The plan is written to \
            --output, or printed.
            """)

    @Option(help: "The scores CSV (candidates × posts).")
    var scores: String?

    @Option(help: "A placement round id.")
    var round: String?

    @Option(help: "Where to write plan.json (required with --scores; with --round it is printed when left out).")
    var output: String?

    func validate() throws {
        guard (scores == nil) != (round == nil) else { throw ValidationError("give either --scores or --round") }
        if scores != nil && output == nil { throw ValidationError("--scores needs --output") }
    }

    func run() async throws {
        if let scores, let output {
            try Place.run(scores: scores, output: output)
            return
        }
        let configuration = try loadConfiguration()
        let (plan, message) = try await withDatabase(configuration) { database in
            do { return try await PlacementAdmin.run(database: database, roundID: round ?? "") } catch let error as PlacementAdmin.Invalid {
                throw CommandFailure(error.description)
            }
        }
        if let output {
            try plan.write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(plan)
        }
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
}
