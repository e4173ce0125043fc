import FluentKit

/// Attempts (one row each, the `Attempt` value as JSON with an optimistic-concurrency version) and their
/// event log.
struct CreateAttemptRecord: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AttemptRecord.schema)
            .id()
            .field("enrolment_id", .uuid, .required, .references(Enrolment.schema, "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("state", .string, .required)
            .field("revision", .int, .required)
            .field("access_hash", .string, .required)
            .field("last_contact", .double, .required)
            .unique(on: "enrolment_id")
            .create()
        try await database.schema(AttemptEvent.schema)
            .id()
            .field("attempt_id", .uuid, .required, .references(AttemptRecord.schema, "id", onDelete: .cascade))
            .field("type", .string, .required)
            .field("at", .double, .required)
            .field("actor", .string, .required)
            .field("data", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttemptEvent.schema).delete()
        try await database.schema(AttemptRecord.schema).delete()
    }
}
