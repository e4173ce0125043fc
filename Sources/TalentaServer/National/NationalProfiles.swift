import FluentKit
import Foundation
import SQLKit
import TalentDomain

/// Keeps the national search table (`national_profiles`) current: one row per official's latest released
/// result, derived exactly as the instansi's own reports derive it (`TalentQueries`, under the instansi's
/// settings).
///
/// Rows are recomputed per instansi whenever what they show can change: a release of results, a change of
/// the instansi's talent settings (the box), and an import of its records (rank, education, post,
/// performance). Synthetic rows (no result behind them) are never touched by a refresh.
struct NationalProfiles: Sendable {
    let database: TalentaDatabase

    /// Multi-row inserts of this many rows: 30,000 bound parameters, below PostgreSQL's limit of 65,535.
    static let batchSize = 1_000

    /// Recomputes the rows of one instansi and replaces its non-synthetic rows, in one transaction.
    ///
    /// The transaction first touches the instansi's row, which serialises refreshes of one instansi (a row
    /// lock on PostgreSQL, the write lock on SQLite), and reads the results inside it, so the last refresh to
    /// commit has seen every release committed before it.
    func refresh(instansiID: UUID) async throws {
        let configuration = try await ResultService(database: database).configuration(for: instansiID)
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.update(Instansi.schema).set("code", to: SQLColumn("code")).where("id", .equal, instansiID).run()
            guard let instansi = try await Instansi.find(instansiID, on: tx) else { return }
            let official = try await TalentQueries.results(of: instansi, releasedOnly: true, configuration: configuration, on: tx)
            let rows = try official.map { try Self.row($0, instansi: instansi) }
            try await NationalProfile.query(on: tx).filter(\.$instansiID == instansiID).filter(\.$resultID != nil).delete()
            try await Self.insert(rows, on: tx)
        }
        try await Self.updateStatistics(on: database.db)
    }

    /// Refreshes the query planner's statistics of the table: SQLite has none until it is told to gather
    /// them, and chooses between the search index and the region and instansi indexes by them (see
    /// `CreateNationalProfiles`). Both databases accept the statement (about 0.1 s on SQLite at 100,000 rows).
    static func updateStatistics(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("ANALYZE \(ident: NationalProfile.schema)").run()
    }

    /// Refreshes the instansi a test session belongs to (after its results are released).
    func refresh(sessionID: UUID) async throws {
        guard let session = try await TestSession.find(sessionID, on: database.db) else { return }
        try await refresh(instansiID: session.$instansi.id)
    }

    /// The search row of one official's released result.
    static func row(_ official: TalentQueries.OfficialResult, instansi: Instansi) throws -> NationalProfile {
        let profile = official.profile
        let row = NationalProfile()
        row.id = UUID()
        row.resultID = try official.result.requireID()
        row.employeeID = try official.employee.requireID()
        row.instansiID = try instansi.requireID()
        row.instansiCode = instansi.code
        row.instansiName = instansi.name
        row.region = instansi.region
        row.nip = official.employee.nip
        row.name = official.employee.name
        row.postTitle = profile.current?.post.name ?? official.employee.positionTitle
        row.jobClass = official.employee.positionClass
        row.setGolongan(official.employee.golongan.flatMap(Golongan.init(parsing:)))
        row.setEducation(official.employee.education.flatMap(Education.init(parsing:)))
        row.setLevels(official.score.competencyLevels)
        row.box = profile.box
        row.potential = profile.potentialScore
        row.performanceBand = profile.performanceBand?.rawValue
        row.testedOn = profile.testedOn.iso
        row.validUntil = profile.validUntil.iso
        return row
    }

    // MARK: - Writing rows

    static let columns = [
        "id", "result_id", "employee_id", "instansi_id", "instansi_code", "instansi_name", "region", "nip", "name",
        "post_title", "job_class", "golongan", "golongan_ordinal", "education", "education_level",
        "m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "sk01", "level_sum",
        "box", "potential", "performance_band", "tested_on", "valid_until",
    ]

    /// Inserts rows with multi-row `INSERT`s of `batchSize` rows, on `db` (the caller's transaction).
    static func insert(_ rows: [NationalProfile], on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for start in stride(from: 0, to: rows.count, by: batchSize) {
            var insert = sql.insert(into: NationalProfile.schema).columns(columns)
            for row in rows[start..<min(start + batchSize, rows.count)] {
                insert = insert.values(values(of: row))
            }
            try await insert.run()
        }
    }

    /// The values of `columns`, in order.
    private static func values(of row: NationalProfile) -> [any SQLExpression] {
        func bind<T: Encodable & Sendable>(_ value: T?) -> any SQLExpression {
            value.map { SQLBind($0) } ?? SQLLiteral.null
        }
        return [
            bind(row.id ?? UUID()), bind(row.resultID), bind(row.employeeID), bind(row.instansiID),
            bind(row.instansiCode), bind(row.instansiName), bind(row.region), bind(row.nip), bind(row.name),
            bind(row.postTitle), bind(row.jobClass), bind(row.golongan), bind(row.golonganOrdinal),
            bind(row.education), bind(row.educationLevel),
            bind(row.m01), bind(row.m02), bind(row.m03), bind(row.m04), bind(row.m05), bind(row.m06), bind(row.m07),
            bind(row.m08), bind(row.sk01), bind(row.levelSum),
            bind(row.box), bind(row.potential), bind(row.performanceBand), bind(row.testedOn), bind(row.validUntil),
        ]
    }
}
