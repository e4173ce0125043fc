import FluentKit
import TalentDomain

/// The competency dictionary table, seeded with the nine competencies × five levels.
struct CreateCompetencyLevel: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CompetencyLevel.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("definition", .string, .required)
            .field("level", .int, .required)
            .field("description", .string, .required)
            .unique(on: "code", "level")
            .create()
        for entry in CompetencyDictionary.entries {
            for level in Competency.levels {
                try await CompetencyLevel(entry: entry, level: level).create(on: database)
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CompetencyLevel.schema).delete()
    }
}
