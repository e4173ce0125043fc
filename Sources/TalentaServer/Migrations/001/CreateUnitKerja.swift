import FluentKit

struct CreateUnitKerja: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UnitKerja.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .unique(on: "instansi_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnitKerja.schema).delete()
    }
}
