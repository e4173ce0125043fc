import FluentKit

/// Staff accounts and their server-side sessions.
struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffAccount.schema)
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("instansi_id", .uuid, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("failed_logins", .int, .required)
            .field("locked_until", .double, .required)
            .field("must_change_password", .bool, .required)
            .field("created_at", .double, .required)
            .unique(on: "username")
            .create()
        try await database.schema(StaffSession.schema)
            .id()
            .field("account_id", .uuid, .required, .references(StaffAccount.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .double, .required)
            .field("expires_at", .double, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffSession.schema).delete()
        try await database.schema(StaffAccount.schema).delete()
    }
}
