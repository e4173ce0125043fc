import FluentKit
import Foundation

/// Every attendance change: who set which state, when, and why.
final class AttendanceEntry: Model, @unchecked Sendable {
    static let schema = "attendance_log"

    @ID var id: UUID?
    @Parent(key: "enrolment_id") var enrolment: Enrolment
    @Field(key: "state") var state: String
    @Field(key: "actor") var actor: String
    @Field(key: "at") var at: Double
    @Field(key: "note") var note: String

    init() {}
}
