import FluentKit
import SQLKit

/// The national talent search's table (see `NationalProfile`), with plain indexes on the columns searches
/// filter on most. The schema builder makes only unique constraints, so the indexes are SQLKit's.
struct CreateNationalProfiles: AsyncMigration {
    static let indexed = ["box", "golongan_ordinal", "education_level", "instansi_id", "region", "level_sum"]

    func prepare(on database: any Database) async throws {
        try await database.schema(NationalProfile.schema)
            .id()
            .field("result_id", .uuid, .references(AssessmentResult.schema, "id", onDelete: .cascade))
            .field("employee_id", .uuid, .references(Employee.schema, "id", onDelete: .cascade))
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .cascade))
            .field("instansi_code", .string, .required)
            .field("instansi_name", .string, .required)
            .field("region", .string, .required)
            .field("nip", .string, .required)
            .field("name", .string, .required)
            .field("post_title", .string)
            .field("job_class", .string)
            .field("golongan", .string)
            .field("golongan_ordinal", .int)
            .field("education", .string)
            .field("education_level", .int)
            .field("m01", .int, .required)
            .field("m02", .int, .required)
            .field("m03", .int, .required)
            .field("m04", .int, .required)
            .field("m05", .int, .required)
            .field("m06", .int, .required)
            .field("m07", .int, .required)
            .field("m08", .int, .required)
            .field("sk01", .int, .required)
            .field("level_sum", .int, .required)
            .field("box", .int)
            .field("potential", .double, .required)
            .field("performance_band", .string)
            .field("tested_on", .string, .required)
            .field("valid_until", .string, .required)
            .unique(on: "result_id")
            .create()
        let sql = database as! any SQLDatabase
        for column in Self.indexed {
            try await sql.create(index: "\(NationalProfile.schema)_\(column)").on(NationalProfile.schema).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        // Dropping the table drops its indexes.
        try await database.schema(NationalProfile.schema).delete()
    }
}
