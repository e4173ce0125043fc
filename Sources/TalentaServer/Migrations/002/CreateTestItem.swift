import FluentKit

/// The item bank: one row per item version. Items are national (BKN's bank), not tenant data.
struct CreateTestItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TestItemRecord.schema)
            .id()
            .field("key", .string, .required)
            .field("version", .int, .required)
            .field("status", .string, .required)
            .field("section", .string, .required)
            .field("area", .string, .required)
            .field("body", .string, .required)
            .field("used", .bool, .required)
            .unique(on: "key", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TestItemRecord.schema).delete()
    }
}
