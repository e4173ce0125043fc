import FluentKit
import Foundation

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
