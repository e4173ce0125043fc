import FluentKit
import Foundation
import SQLKit
import TestDelivery

/// An attempt: its status, a revision for optimistic concurrency, the participant's access and the answer
/// sequence. The `Attempt` value itself is JSON in `attempt_states` (`AttemptStateRecord`), written only when
/// the attempt's structure changes; answers saved after it was last written are rows of `attempt_answers`.
/// `AttemptStore` merges the three. This row is kept narrow because every save updates it.
final class AttemptRecord: Model, @unchecked Sendable {
    static let schema = "attempts"

    @ID var id: UUID?
    @Parent(key: "enrolment_id") var enrolment: Enrolment
    @Field(key: "status") var status: String
    @Field(key: "revision") var revision: Int
    /// SHA-256 of the participant's browser secret (cookie).
    @Field(key: "access_hash") var accessHash: String
    /// Server time of the last request from the participant's browser.
    @Field(key: "last_contact") var lastContact: Double
    /// The highest answer sequence committed to `attempt_answers`.
    @Field(key: "last_sequence") var lastSequence: Int

    init() {}

    /// A new attempt row for `enrolmentID` (its state's row is made with it by
    /// `create(enrolmentID:attempt:accessHash:at:on:)`).
    private init(enrolmentID: UUID, status: Attempt.Status, accessHash: String, at now: Double) {
        $enrolment.id = enrolmentID
        self.status = status.rawValue
        revision = 0
        self.accessHash = accessHash
        lastContact = now
        lastSequence = 0
    }

    /// Creates the attempt `attempt` of `enrolmentID`: its row and its state's, so `db` should be a
    /// transaction (login and the demo's test day call it in one). Returns the new attempt's row.
    static func create(enrolmentID: UUID, attempt: Attempt, accessHash: String, at now: Double,
                       on db: any Database) async throws -> AttemptRecord {
        let record = AttemptRecord(enrolmentID: enrolmentID, status: attempt.status, accessHash: accessHash, at: now)
        try await record.create(on: db)
        let state = AttemptStateRecord()
        state.id = try record.requireID()
        state.state = try attempt.stateJSON()
        state.closesAt = attempt.closesAt
        try await state.create(on: db)
        return record
    }
}

/// The `Attempt` value of an attempt as JSON: its sections, clocks, items given and the answers no row of
/// `attempt_answers` holds. One row per attempt, keyed by the attempt's id.
final class AttemptStateRecord: Model, @unchecked Sendable {
    static let schema = "attempt_states"

    @ID(custom: "attempt_id", generatedBy: .user) var id: UUID?
    @Field(key: "state") var state: String
    /// `Attempt.closesAt` of the state: when its sections run out if nothing changes it (nil while one waits
    /// to be started or is paused). The expiry sweep looks for the attempts whose time is past.
    @OptionalField(key: "closes_at") var closesAt: Double?

    init() {}

    /// Rewrites the stored state of `attemptID` (in the transaction whose guard on the attempt's row held).
    static func write(_ attemptID: UUID, attempt: Attempt, on db: any Database) async throws {
        try await (db as! any SQLDatabase).update(schema).set("state", to: try attempt.stateJSON())
            .set("closes_at", to: attempt.closesAt).where("attempt_id", .equal, attemptID).run()
    }
}
