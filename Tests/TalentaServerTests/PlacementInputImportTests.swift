import FluentKit
import Foundation
import Testing
@testable import TalentaServer

/// The two placement inputs that arrive as spreadsheets: technical competency levels and career preferences.
@Suite("Placement inputs import")
struct PlacementInputImportTests {
    func run(_ database: TalentaDatabase, _ kind: RecordKind, _ text: String) async throws -> ImportReport {
        try await RecordImporter(database: database).run(kind: kind, bytes: Array(text.utf8), instansiCode: "kota-uji",
                                                         dryRun: false)
    }

    /// The instansi with its positions and officials, ready for placement inputs.
    func seed(_ database: TalentaDatabase) async throws {
        try await Fixtures.createInstansi(database)
        _ = try await run(database, .positions, Fixtures.positions)
        _ = try await run(database, .employees, Fixtures.employees)
    }

    /// An official's preferences as position codes, first choice first.
    func choices(_ database: TalentaDatabase, of nip: String) async throws -> [String] {
        let employee = try #require(try await Employee.query(on: database.db).filter(\.$nip == nip).first())
        return try await CareerPreference.query(on: database.db)
            .filter(\.$employee.$id == (try employee.requireID()))
            .with(\.$position)
            .sort(\.$rank)
            .all()
            .map(\.position.code)
    }

    @Test(arguments: TestBackend.all)
    func technicalLevelsAreStoredAndAnUnknownOfficialReported(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup
            try await seed(database)
            // MUT
            let report = try await run(database, .technical, Fixtures.technical)
            // validate
            #expect(report.rows == 4)
            #expect((report.created, report.updated, report.rejected) == (3, 0, 1))
            #expect(report.issues.map(\.line) == [3])
            #expect(report.issues.first?.column == "nip")
            #expect(report.issues.first?.value == "199001012015031001")
            #expect(report.issues.first?.reason.contains("no employee with this NIP") == true)
            #expect(try await TechnicalLevel.query(on: database.db).count() == 3)
            let ahmad = try #require(try await Employee.query(on: database.db).filter(\.$nip == "197503152000031002").first())
            let level = try #require(try await TechnicalLevel.query(on: database.db)
                .filter(\.$employee.$id == (try ahmad.requireID())).first())
            #expect((level.code, level.level, level.assessedOn) == ("T.KES.01", 4, "2025-05-12"))
            #expect(try await TechnicalLevel.query(on: database.db).filter(\.$code == "T.KES.01").count() == 2)
        }
    }

    @Test(arguments: TestBackend.all)
    func technicalReimportUpdatesTheLevel(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup
            try await seed(database)
            _ = try await run(database, .technical, Fixtures.technical)
            // MUT
            let report = try await run(database, .technical,
                                       "nip;kode;level;tanggal\n197503152000031002;T.KES.01;5;01-11-2025\n")
            // validate
            #expect(report.allTaken)
            #expect((report.created, report.updated) == (0, 1))
            #expect(try await TechnicalLevel.query(on: database.db).count() == 3)
            let updated = try #require(try await TechnicalLevel.query(on: database.db).filter(\.$level == 5)
                .filter(\.$code == "T.KES.01").first())
            #expect(updated.assessedOn == "2025-11-01")
        }
    }

    @Test(arguments: TestBackend.all)
    func preferencesAreStoredAndAnUnknownPostReported(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup
            try await seed(database)
            // MUT
            let report = try await run(database, .preferences, Fixtures.preferences)
            // validate
            #expect(report.rows == 4)
            #expect((report.created, report.updated, report.rejected) == (3, 0, 1))
            #expect(report.issues.map(\.line) == [4])
            #expect(report.issues.first?.column == "kode_jabatan")
            #expect(report.issues.first?.value == "UJI-NOPE")
            #expect(report.issues.first?.reason.contains("no position with this code") == true)
            #expect(try await CareerPreference.query(on: database.db).count() == 3)
            #expect(try await choices(database, of: "197503152000031002") == ["UJI-DINKES", "UJI-DISHUB"])
            #expect(try await choices(database, of: "198108222006042001") == ["UJI-SETDA"])
        }
    }

    /// Re-ordering an official's choices moves a post to its new rank instead of tripping the unique constraints.
    @Test(arguments: TestBackend.all)
    func preferenceReimportMovesAPostToItsNewRank(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup
            try await seed(database)
            _ = try await run(database, .preferences, Fixtures.preferences)
            // MUT: the first two choices swapped and a third added
            let report = try await run(database, .preferences, """
                nip,kode_jabatan,urutan
                197503152000031002,UJI-DISHUB,1
                197503152000031002,UJI-DINKES,2
                197503152000031002,UJI-SETDA,3

                """)
            // validate
            #expect(report.allTaken)
            #expect(report.imported == 3)
            #expect(report.notes.contains { $0.contains("moved UJI-DISHUB from choice 2 to choice 1") })
            #expect(try await choices(database, of: "197503152000031002") == ["UJI-DISHUB", "UJI-DINKES", "UJI-SETDA"])
            #expect(try await choices(database, of: "198108222006042001") == ["UJI-SETDA"])
            #expect(try await CareerPreference.query(on: database.db).count() == 4)
        }
    }
}
