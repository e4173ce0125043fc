import FluentKit

struct CreateDisciplinaryRecord: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DisciplinaryEntry.schema)
            .id()
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("level", .string, .required)
            .field("date", .string, .required)
            .field("note", .string, .required)
            .unique(on: "employee_id", "date", "level")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DisciplinaryEntry.schema).delete()
    }
}
