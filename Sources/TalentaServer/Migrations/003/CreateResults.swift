import FluentKit

/// Results of finished attempts, the per-instansi talent configuration, and result releases.
struct CreateResults: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AssessmentResult.schema)
            .id()
            .field("attempt_id", .uuid, .required, .references(AttemptRecord.schema, "id", onDelete: .cascade))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("session_id", .uuid, .required, .references(TestSession.schema, "id", onDelete: .cascade))
            .field("method", .string, .required)
            .field("scores", .string, .required)
            .field("item_versions", .string, .required)
            .field("digest", .string, .required)
            .field("tested_on", .string, .required)
            .field("scored_at", .double, .required)
            .unique(on: "attempt_id")
            .create()
        try await database.schema(InstansiSettings.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("configuration", .string, .required)
            .field("updated_at", .double, .required)
            .field("updated_by", .string, .required)
            .unique(on: "instansi_id")
            .create()
        try await database.schema(ResultRelease.schema)
            .id()
            .field("session_id", .uuid, .required, .references(TestSession.schema, "id", onDelete: .cascade))
            .field("released_at", .double, .required)
            .field("released_by", .string, .required)
            .unique(on: "session_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ResultRelease.schema).delete()
        try await database.schema(InstansiSettings.schema).delete()
        try await database.schema(AssessmentResult.schema).delete()
    }
}
