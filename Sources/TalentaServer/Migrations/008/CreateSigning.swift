import FluentKit

/// Instansi signing keys and the signed certificates of released results.
struct CreateSigning: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SigningKey.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("key_id", .string, .required)
            .field("public_key", .string, .required)
            .field("private_key", .string, .required)
            .field("created_at", .double, .required)
            .field("retired_at", .double)
            .unique(on: "key_id")
            .create()
        try await database.schema(ResultCertificate.schema)
            .id()
            .field("result_id", .uuid, .required, .references(AssessmentResult.schema, "id", onDelete: .cascade))
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("key_id", .string, .required)
            .field("public_key", .string, .required)
            .field("payload", .string, .required)
            .field("signature", .string, .required)
            .field("signed_at", .double, .required)
            .unique(on: "result_id")
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ResultCertificate.schema).delete()
        try await database.schema(SigningKey.schema).delete()
    }
}
