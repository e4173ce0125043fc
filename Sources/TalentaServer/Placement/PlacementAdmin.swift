import FluentKit
import Foundation
import TalentPlacement

/// What `talenta place --round ROUND_ID` does with a round in the database.
///
/// - A draft is recomputed from the instansi's current records and settings, and stored.
/// - A round past the draft is frozen: it is recomputed from its stored inputs and must reproduce the
///   stored recommendation byte for byte (and the stored digest must match); otherwise this fails.
/// Either way the result is the recommendation as plan.json.
public enum PlacementAdmin {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public static func run(database: TalentaDatabase, roundID: String) async throws -> (plan: Data, message: String) {
        guard let id = UUID(uuidString: roundID),
              let round = try await PlacementRoundRecord.query(on: database.db).filter(\.$id == id).with(\.$instansi).first() else {
            throw Invalid(description: "no placement round '\(roundID)' (the id is shown on the round's page and in its API)")
        }
        let service = PlacementService(database: database, results: ResultService(database: database), clock: LiveClock())
        let message: String
        if round.state == .draft {
            do { try await service.recompute(round, instansi: round.instansi) } catch let error as AppError {
                throw Invalid(description: error.message)
            }
            message = "recomputed the draft '\(round.title)' of \(round.instansi.name) from its current records and stored it"
        } else {
            let verification = try service.verify(round)
            guard verification.digestMatches else {
                throw Invalid(description: "round '\(round.title)': the stored inputs and recommendation do not match the stored digest \(round.digest)")
            }
            guard verification.reproduced else {
                throw Invalid(description: "round '\(round.title)': recomputing from the stored inputs does not give the stored recommendation")
            }
            message = "round '\(round.title)' is \(round.state.rawValue): recomputed from its stored inputs, the recommendation is reproduced byte for byte (SHA-256 \(round.digest))"
        }
        let recommendation = try service.recommendation(of: round)
        let posts = recommendation.posts.count
        return (recommendation.plan.jsonData(),
                "\(message); placed \(recommendation.filled) of \(posts) posts, total fit \(recommendation.total)")
    }
}
