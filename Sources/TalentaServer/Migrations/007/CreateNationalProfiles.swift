import FluentKit
import SQLKit

/// The national talent search's table (see `NationalProfile`) and its indexes (the schema builder makes
/// only unique constraints, so the indexes are SQLKit's):
///
/// - `national_profiles_search`: the sort of the results (level sum, highest first, then name and NIP),
///   then every numeric filter. A page walks it in order and stops after its 50 rows, reading the filters
///   from the index and the table only for rows that pass; a count reads the index alone. Measured on
///   SQLite at 100,000 rows, every count and page takes 0.1–35 ms. (Single-column indexes on box, rank,
///   education and level sum were 100–400 ms: SQLite took them for ranges that match most rows, read those
///   rows one by one, and sorted them all.)
/// - `region`, `instansi_code`: the equality filters that pick out a few hundred or thousand rows;
///   `instansi_id`: a refresh replaces one instansi's rows.
struct CreateNationalProfiles: AsyncMigration {
    static let indexes: [(name: String, columns: [any SQLExpression])] = [
        ("search", [SQLOrderBy(expression: SQLColumn("level_sum"), direction: SQLDirection.descending)]
            + ["name", "nip", "box", "golongan_ordinal", "education_level",
               "m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "sk01"].map { SQLColumn($0) }),
        ("region", [SQLColumn("region")]),
        ("instansi_code", [SQLColumn("instansi_code")]),
        ("instansi_id", [SQLColumn("instansi_id")]),
    ]

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
        for (name, columns) in Self.indexes {
            var index = sql.create(index: "\(NationalProfile.schema)_\(name)").on(NationalProfile.schema)
            for column in columns { index = index.column(column) }
            try await index.run()
        }
    }

    func revert(on database: any Database) async throws {
        // Dropping the table drops its indexes.
        try await database.schema(NationalProfile.schema).delete()
    }
}
