import FluentKit
import Foundation
import TestDelivery

/// An attempt: the `Attempt` value as JSON, with a revision for optimistic concurrency. Answers saved
/// after the state was last written are rows of `attempt_answers`; `AttemptStore` merges the two.
final class AttemptRecord: Model, @unchecked Sendable {
    static let schema = "attempts"

    @ID var id: UUID?
    @Parent(key: "enrolment_id") var enrolment: Enrolment
    @Field(key: "status") var status: String
    @Field(key: "state") var state: String
    @Field(key: "revision") var revision: Int
    /// SHA-256 of the participant's browser secret (cookie).
    @Field(key: "access_hash") var accessHash: String
    /// Server time of the last request from the participant's browser.
    @Field(key: "last_contact") var lastContact: Double
    /// The highest answer sequence committed to `attempt_answers`.
    @Field(key: "last_sequence") var lastSequence: Int

    init() {}

    /// A new attempt row for `enrolmentID` holding `attempt`.
    init(enrolmentID: UUID, attempt: Attempt, accessHash: String, at now: Double) throws {
        $enrolment.id = enrolmentID
        status = attempt.status.rawValue
        state = try attempt.stateJSON()
        revision = 0
        self.accessHash = accessHash
        lastContact = now
        lastSequence = 0
    }
}
