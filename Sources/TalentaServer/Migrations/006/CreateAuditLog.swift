import FluentKit

/// The audit log and its head row (sequence 0, the genesis hash).
struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("seq", .int, .required)
            .field("at", .double, .required)
            .field("actor", .string, .required)
            .field("instansi_id", .uuid)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("detail", .string, .required)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
        try await database.schema(AuditHead.schema)
            .id()
            .field("name", .string, .required)
            .field("seq", .int, .required)
            .field("hash", .string, .required)
            .unique(on: "name")
            .create()
        let head = AuditHead()
        head.name = AuditLog.headName
        head.seq = 0
        head.hash = AuditLog.genesis
        try await head.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditHead.schema).delete()
        try await database.schema(AuditEntry.schema).delete()
    }
}
