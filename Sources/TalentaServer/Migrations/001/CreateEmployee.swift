import FluentKit

struct CreateEmployee: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Employee.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("unit_id", .uuid, .references(UnitKerja.schema, "id", onDelete: .setNull))
            .field("nip", .string, .required)
            .field("name", .string, .required)
            .field("birth_date", .string, .required)
            .field("sex", .string, .required)
            .field("status", .string, .required)
            .field("golongan", .string)
            .field("education", .string)
            .field("position_title", .string)
            .field("position_class", .string)
            .field("position_start", .string)
            .unique(on: "instansi_id", "nip")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Employee.schema).delete()
    }
}
