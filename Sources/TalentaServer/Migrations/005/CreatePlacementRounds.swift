import FluentKit

/// Placement rounds (their inputs, recommendation, workflow state and decision) and the consultation's
/// comments per post.
struct CreatePlacementRounds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlacementRoundRecord.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("kind", .string, .required)
            .field("state", .string, .required)
            .field("as_of", .string, .required)
            .field("inputs", .string, .required)
            .field("recommendation", .string, .required)
            .field("digest", .string, .required)
            .field("review", .string)
            .field("created_at", .double, .required)
            .field("created_by", .string, .required)
            .field("presented_at", .double)
            .field("presented_by", .string)
            .field("consulted_at", .double)
            .field("consulted_by", .string)
            .field("decided_at", .double)
            .field("decided_by", .string)
            .create()
        try await database.schema(PlacementComment.schema)
            .id()
            .field("round_id", .uuid, .required, .references(PlacementRoundRecord.schema, "id", onDelete: .cascade))
            .field("post_code", .string, .required)
            .field("body", .string, .required)
            .field("author", .string, .required)
            .field("role", .string, .required)
            .field("created_at", .double, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlacementComment.schema).delete()
        try await database.schema(PlacementRoundRecord.schema).delete()
    }
}
