import FluentKit

struct CreatePositionHistory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PositionHistory.schema)
            .id()
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("position_code", .string)
            .field("title", .string, .required)
            .field("job_class", .string)
            .field("start_date", .string, .required)
            .unique(on: "employee_id", "start_date", "title")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PositionHistory.schema).delete()
    }
}
