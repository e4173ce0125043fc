import FluentKit

struct CreateEnrolment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Enrolment.schema)
            .id()
            .field("session_id", .uuid, .required, .references(TestSession.schema, "id", onDelete: .cascade))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("attendance", .string, .required)
            .field("attendance_by", .string, .required)
            .field("attendance_at", .double, .required)
            .unique(on: "session_id", "employee_id")
            .create()
        try await database.schema(AttendanceEntry.schema)
            .id()
            .field("enrolment_id", .uuid, .required, .references(Enrolment.schema, "id", onDelete: .cascade))
            .field("state", .string, .required)
            .field("actor", .string, .required)
            .field("at", .double, .required)
            .field("note", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttendanceEntry.schema).delete()
        try await database.schema(Enrolment.schema).delete()
    }
}
