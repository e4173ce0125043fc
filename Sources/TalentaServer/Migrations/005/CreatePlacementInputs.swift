import FluentKit

/// The placement fit's inputs that do not come from the test: technical competency levels from a separate
/// technical assessment, and each official's ranked career preferences.
struct CreatePlacementInputs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TechnicalLevel.schema)
            .id()
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("level", .int, .required)
            .field("assessed_on", .string, .required)
            .unique(on: "employee_id", "code")
            .create()
        try await database.schema(CareerPreference.schema)
            .id()
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("position_id", .uuid, .required, .references(Position.schema, "id", onDelete: .cascade))
            .field("rank", .int, .required)
            .unique(on: "employee_id", "rank")
            .unique(on: "employee_id", "position_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CareerPreference.schema).delete()
        try await database.schema(TechnicalLevel.schema).delete()
    }
}
