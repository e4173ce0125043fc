import FluentKit

struct CreatePerformanceRecord: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PerformanceEntry.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("predikat", .string, .required)
            .unique(on: "employee_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PerformanceEntry.schema).delete()
    }
}
