import FluentKit

struct CreateInstansi: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Instansi.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("region", .string, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Instansi.schema).delete()
    }
}
