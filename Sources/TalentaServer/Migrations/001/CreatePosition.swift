import FluentKit

struct CreatePosition: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Position.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("unit_id", .uuid, .required, .references(UnitKerja.schema, "id", onDelete: .restrict))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("job_class", .string, .required)
            .field("rank_floor", .string)
            .field("standard", .json, .required)
            .field("holder_id", .uuid, .references(Employee.schema, "id", onDelete: .setNull))
            .field("installed_on", .string)
            .field("is_critical", .bool, .required)
            .field("is_target", .bool, .required)
            .unique(on: "instansi_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Position.schema).delete()
    }
}
