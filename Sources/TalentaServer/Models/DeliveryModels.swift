import FluentKit

/// One version of a bank item; `body` is the `TestItem` as JSON (scoring data included: it never leaves
/// the server except through the assessors' export).
final class TestItemRecord: Model, @unchecked Sendable {
    static let schema = "test_items"

    @ID var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "version") var version: Int
    @Field(key: "status") var status: String
    @Field(key: "section") var section: String
    @Field(key: "area") var area: String
    @Field(key: "body") var body: String
    /// Set once any attempt has been given this version; a used version is never edited in place.
    @Field(key: "used") var used: Bool

    init() {}
}

/// A scheduled sitting at a test centre.
final class TestSession: Model, @unchecked Sendable {
    static let schema = "test_sessions"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    /// Local date and time, `yyyy-mm-ddThh:mm`.
    @Field(key: "starts_at") var startsAt: String
    @Field(key: "test_centre") var testCentre: String
    @Field(key: "room") var room: String
    @Field(key: "proctor") var proctor: String
    /// The battery blueprint as JSON.
    @Field(key: "blueprint") var blueprint: String
    @OptionalParent(key: "makeup_of") var makeupOf: TestSession?

    init() {}
}

/// A participant enrolled in a session, with their login-token hash and attendance state.
final class Enrolment: Model, @unchecked Sendable {
    static let schema = "enrolments"

    @ID var id: UUID?
    @Parent(key: "session_id") var session: TestSession
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "attendance") var attendance: String
    @Field(key: "attendance_by") var attendanceBy: String
    @Field(key: "attendance_at") var attendanceAt: Double

    init() {}
}

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

/// An attempt: the `Attempt` value as JSON, with a revision for optimistic concurrency.
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

    init() {}
}

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
