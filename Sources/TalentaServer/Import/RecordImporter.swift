import FluentKit
import SpreadsheetImport
import TalentDomain

/// Writes validated spreadsheet rows into one instansi's records.
///
/// Validation of each cell happens in the pure `SpreadsheetImport` module; this adds the checks that need
/// the database (does the unit, the position, the NIP exist in this instansi?) and upserts: a row whose key
/// (NIP, position code, NIP + year, NIP + competency code, NIP + rank) exists updates that record instead of
/// adding a second one.
/// Every rejected row is reported with its line, column, value and reason; every good row is written.
/// A dry run does all of it inside a transaction that is then rolled back, so its report is exactly what a
/// real run would say.
public struct RecordImporter: Sendable {
    let database: TalentaDatabase

    public init(database: TalentaDatabase) {
        self.database = database
    }

    public func run(kind: RecordKind, bytes: [UInt8], instansiCode: String, dryRun: Bool) async throws -> ImportReport {
        guard let instansi = try await Instansi.query(on: database.db).filter(\.$code == instansiCode).first(),
              let instansiID = instansi.id else {
            let known = try await Instansi.query(on: database.db).sort(\.$code).all().map(\.code)
            throw ImportFailure.unknownInstansi(instansiCode, known: known)
        }
        var report = ImportReport(kind: kind, instansi: instansi.code, dryRun: dryRun)
        let table: CSVTable
        do { table = try CSVTable(bytes: bytes) } catch {
            report.issues = [RowIssue(line: 1, column: "(file)", value: "", reason: error.description)]
            return report
        }
        report.rows = table.rows.count
        do {
            report = try await writeInTransaction(dryRun: dryRun, report: report) { db, report in
                let writer = RecordWriter(db: db, instansiID: instansiID, instansiName: instansi.name)
                switch kind {
                case .employees: try await writer.write(EmployeeSheet.read(table), into: &report)
                case .positions: try await writer.write(PositionSheet.read(table), into: &report)
                case .performance: try await writer.write(PerformanceSheet.read(table), into: &report)
                case .technical: try await writer.write(TechnicalLevelSheet.read(table), into: &report)
                case .preferences: try await writer.write(PreferenceSheet.read(table), into: &report)
                }
            }
        } catch let error as SheetError {
            // The header itself is wrong: no row can be read, so every row is rejected with the reason.
            report.issues = table.rows.map {
                RowIssue(line: $0.line, column: "(header)", value: "", reason: error.description)
            }
            if report.issues.isEmpty {
                report.issues = [RowIssue(line: 1, column: "(header)", value: "", reason: error.description)]
            }
        }
        report.sortIssues()
        if !dryRun {
            try await AuditLog(database: database, clock: LiveClock()).record(
                "import.\(kind.rawValue)", subject: instansi.code,
                detail: ["rows": String(report.rows), "created": String(report.created), "updated": String(report.updated),
                         "rejected": String(report.issues.count), "sha256": sha256Hex(bytes: bytes)],
                instansiID: instansiID)
        }
        if !dryRun { try await NationalProfiles(database: database).refresh(instansiID: instansiID) }  // rank, post, performance
        return report
    }

    /// Runs `body` in one transaction; a dry run rolls it back and returns the report it produced.
    private func writeInTransaction(
        dryRun: Bool, report: ImportReport,
        _ body: @escaping @Sendable (any Database, inout ImportReport) async throws -> Void
    ) async throws -> ImportReport {
        struct RollBack: Error { let report: ImportReport }
        do {
            return try await database.transaction { db in
                var working = report
                try await body(db, &working)
                if dryRun { throw RollBack(report: working) }
                return working
            }
        } catch let rollBack as RollBack {
            return rollBack.report
        }
    }
}

/// Why an import could not start at all.
public enum ImportFailure: Error, Equatable, CustomStringConvertible {
    case unknownInstansi(String, known: [String])

    public var description: String {
        switch self {
        case .unknownInstansi(let code, let known):
            "no instansi with code '\(code)'; known codes: \(known.isEmpty ? "(none)" : known.joined(separator: ", "))"
        }
    }
}
