import FluentKit

struct CreateTestSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TestSession.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("title", .string, .required)
            .field("starts_at", .string, .required)
            .field("test_centre", .string, .required)
            .field("room", .string, .required)
            .field("proctor", .string, .required)
            .field("blueprint", .string, .required)
            .field("requires_authorization", .bool, .required)
            .field("makeup_of", .uuid, .references(TestSession.schema, "id", onDelete: .setNull))
            .unique(on: "instansi_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TestSession.schema).delete()
    }
}
