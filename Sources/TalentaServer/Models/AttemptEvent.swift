import FluentKit
import Foundation

/// One event of an attempt (xAPI-like: actor, verb, object, time).
final class AttemptEvent: Model, @unchecked Sendable {
    static let schema = "attempt_events"

    @ID var id: UUID?
    @Parent(key: "attempt_id") var attempt: AttemptRecord
    @Field(key: "type") var type: String
    @Field(key: "at") var at: Double
    @Field(key: "actor") var actor: String
    @Field(key: "data") var data: String

    init() {}
}
