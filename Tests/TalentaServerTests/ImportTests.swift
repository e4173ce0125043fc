import FluentKit
import Foundation
import Testing
@testable import TalentaServer

@Suite("Spreadsheet import into the database")
struct ImportTests {
    func run(_ database: TalentaDatabase, _ kind: RecordKind, _ text: String, dryRun: Bool = false,
             bom: Bool = false) async throws -> ImportReport {
        let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        return try await RecordImporter(database: database).run(kind: kind, bytes: bytes, instansiCode: "kota-uji",
                                                                dryRun: dryRun)
    }

    @Test(arguments: TestBackend.all)
    func goodFilesImportCompletely(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup
            try await Fixtures.createInstansi(database)
            // MUT
            let positions = try await run(database, .positions, Fixtures.positions, bom: true)
            let employees = try await run(database, .employees, Fixtures.employees)
            let performance = try await run(database, .performance, Fixtures.performance)
            // validate
            #expect(positions.allTaken && employees.allTaken && performance.allTaken)
            #expect((positions.created, employees.created, performance.created) == (3, 3, 3))
            #expect(try await UnitKerja.query(on: database.db).count() == 3)
            let dinkes = try #require(try await Position.query(on: database.db).filter(\.$code == "UJI-DINKES").first())
            #expect(dinkes.standard.level(.integritas) == 5)
            #expect(dinkes.standard.technical == ["T.KES.01": 4])
            let holder = try #require(try await dinkes.$holder.get(on: database.db))
            #expect(holder.nip == "197503152000031002")
            #expect(dinkes.installedOn == "2021-01-02")
            #expect(try await PositionHistory.query(on: database.db).count() == 3)
        }
    }

    @Test(arguments: TestBackend.all)
    func reimportUpdatesInsteadOfDuplicating(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await Fixtures.createInstansi(database)
            _ = try await run(database, .positions, Fixtures.positions)
            _ = try await run(database, .employees, Fixtures.employees)
            _ = try await run(database, .performance, Fixtures.performance)
            // MUT: the same files again, one employee renamed and one rating changed
            let employees = try await run(database, .employees,
                                          Fixtures.employees.replacingOccurrences(of: "Siti Maryam", with: "Siti Maryam, M.M."))
            let performance = try await run(database, .performance,
                                            Fixtures.performance.replacingOccurrences(of: "2025,Baik", with: "2025,Sangat Baik"))
            let positions = try await run(database, .positions, Fixtures.positions)
            // validate
            #expect((employees.created, employees.updated) == (0, 3))
            #expect((performance.created, performance.updated) == (0, 3))
            #expect((positions.created, positions.updated) == (0, 3))
            #expect(try await Employee.query(on: database.db).count() == 3)
            #expect(try await PerformanceEntry.query(on: database.db).count() == 3)
            #expect(try await Position.query(on: database.db).count() == 3)
            #expect(try await PositionHistory.query(on: database.db).count() == 3)
            let siti = try #require(try await Employee.query(on: database.db).filter(\.$nip == "198108222006042001").first())
            #expect(siti.name == "Siti Maryam, M.M.")
            #expect(try await PerformanceEntry.query(on: database.db).filter(\.$predikat == "Sangat Baik").count() == 2)
        }
    }

    @Test(arguments: TestBackend.all)
    func badRowsAreReportedAndGoodRowsKept(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await Fixtures.createInstansi(database)
            _ = try await run(database, .positions, Fixtures.positions)
            let text = """
                nip,nama,golongan,unit_kerja,kode_jabatan
                197503152000031002,Ahmad Suhendi,IV/b,DINKES,UJI-DINKES
                197503152000031003,,IV/b,DINKES,
                197513152000031004,Bad Date,IV/b,,
                197503152000031005,Unknown Unit,IV/a,NOPE,
                197503152000031006,Unknown Post,IV/a,,UJI-NOPE
                197503152000031007,Good Again,IV/a,DISHUB,
                """
            // MUT
            let report = try await run(database, .employees, text)
            // validate
            #expect(!report.allTaken)
            #expect(report.rows == 6)
            #expect(report.created == 2)
            #expect(report.rejected == 4)
            #expect(report.issues.map(\.line) == [3, 4, 5, 6])
            #expect(report.issues.map(\.column) == ["nama", "nip", "unit_kerja", "kode_jabatan"])
            #expect(report.issues[2].value == "NOPE")
            #expect(report.issues[2].reason.contains("no unit kerja"))
            #expect(try await Employee.query(on: database.db).count() == 2)
        }
    }

    @Test(arguments: TestBackend.all)
    func dryRunReportsButWritesNothing(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await Fixtures.createInstansi(database)
            let positions = try await run(database, .positions, Fixtures.positions, dryRun: true)
            #expect(positions.dryRun && positions.created == 3 && positions.allTaken)
            #expect(try await Position.query(on: database.db).count() == 0)
            #expect(try await UnitKerja.query(on: database.db).count() == 0)
        }
    }

    @Test(arguments: TestBackend.all)
    func fileLevelProblemsRejectEveryRowWithTheReason(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await Fixtures.createInstansi(database)
            let missing = try await run(database, .performance, "nip;tahun\n197503152000031002;2024\n")
            #expect(missing.rejected == 1)
            #expect(missing.issues.first?.reason.contains("predikat") == true)
            let unknownNIP = try await run(database, .performance, Fixtures.performance)
            #expect(unknownNIP.rejected == 3)
            #expect(unknownNIP.issues.allSatisfy { $0.reason.contains("import employees first") })
            await #expect(throws: ImportFailure.self) {
                try await RecordImporter(database: database).run(kind: .employees, bytes: [], instansiCode: "nope",
                                                                 dryRun: false)
            }
        }
    }
}
