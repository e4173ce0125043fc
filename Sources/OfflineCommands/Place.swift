import ArgumentParser
import Foundation
import Placement

/// `talenta place`: the optimal placement for the whole organisation from a CSV of fits.
public struct Place: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Recommend who fits where: the exact optimal placement of candidates on posts.",
        discussion: """
            The plan fills as many posts as possible, then maximises the total fit; each post gets at \
            most one candidate and each candidate at most one post. Among equally good plans, the post \
            with the smallest id gets the candidate with the smallest id it can have, and so on.

            The CSV has a \
            header of post ids (its first cell labels the id column and may be empty) and one row per \
            candidate: the id, then a fit from 0 to 100 per post, empty where the pair is ineligible. \
            Separators "," or ";" (with ";" a decimal comma is accepted); a UTF-8 BOM and CRLF are fine. \
            Output: {"assignments": [{"post", "candidate", "fit"}], "total", "unfilled": [post ids]}. \
            Bad cells are all reported by line and post, and no output is written.
            """)

    @Option(help: "The scores CSV (candidates × posts).")
    var scores: String

    @Option(help: "Where to write plan.json.")
    var output: String

    public init() {}

    public func run() throws {
        try Self.run(scores: scores, output: output)
    }

    /// Solves the scores CSV at `scores` and writes plan.json to `output`; `talenta place --scores` runs this too.
    public static func run(scores: String, output: String) throws {
        let data = try readFile(scores)
        let started = ContinuousClock.now
        let plan: PlacementPlan
        do { plan = try PlacementPlan.solve(try ScoreSheet.parse(data)) } catch let error as PlacementError {
            throw CommandFailure("\(scores): \(error.description)")
        }
        try writeFile(plan.jsonData(), to: output)
        let elapsed = ContinuousClock.now - started
        let posts = plan.assignments.count + plan.unfilled.count
        FileHandle.standardError.write(Data(
            "placed \(plan.assignments.count) of \(posts) posts, total fit \(PlacementPlan.decimal(plan.totalUnits)), in \(elapsed.formatted(.units(allowed: [.milliseconds])))\n".utf8))
    }
}
