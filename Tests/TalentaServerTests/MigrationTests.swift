import FluentKit
import Foundation
import SQLKit
import TestDelivery
import Testing
@testable import TalentaServer

@Suite("Migrations")
struct MigrationTests {
    @Test(arguments: TestBackend.all)
    func migrateRevertAndMigrateAgain(_ backend: TestBackend) async throws {
        try await backend.withDatabase(migrated: false) { database in
            // MUT
            try await database.migrate()
            // validate
            #expect(try await database.appliedMigrations().count == TalentaMigrations.all.count)
            #expect(try await CompetencyLevel.query(on: database.db).count() == 45)

            try await database.migrate()  // idempotent
            #expect(try await CompetencyLevel.query(on: database.db).count() == 45)

            try await database.revertAll()
            #expect(try await database.appliedMigrations().isEmpty)
            await #expect(throws: (any Error).self) { try await Instansi.query(on: database.db).count() }

            try await database.migrate()
            #expect(try await database.appliedMigrations().count == TalentaMigrations.all.count)
            #expect(try await Instansi.query(on: database.db).count() == 0)
        }
    }

    /// Migration 011 moves each attempt's state out of its row: an attempt stored before it reads the same
    /// after it, with its appended answers, and reverting puts the state back in the row.
    @Test(arguments: TestBackend.all)
    func anAttemptStoredBeforeItsStateMovedReadsTheSame(_ backend: TestBackend) async throws {
        try await backend.withDatabase(migrated: false) { database in
            try await database.migrate(Array(TalentaMigrations.all.prefix { !($0 is SplitAttemptState) }))
            let enrolmentID = try await ItemBankTests.storeEnrolment(database)
            var attempt = Attempt(seed: 7, blueprint: .short, requiresAuthorization: false)
            attempt.restoreAnswer(item: "LIK-001", value: "4", sequence: 1, savedAt: 100)  // kept in the state
            let first = "LIK-002"  // kept as a row
            let id = UUID()
            let sql = database.sql
            try await sql.insert(into: AttemptRecord.schema)
                .columns("id", "enrolment_id", "status", "state", "revision", "access_hash", "last_contact", "last_sequence")
                .values(SQLBind(id), SQLBind(enrolmentID), SQLBind(attempt.status.rawValue), SQLBind(try attempt.stateJSON()),
                        SQLBind(3), SQLBind("hash"), SQLBind(120.0), SQLBind(2))
                .run()
            try await sql.insert(into: AttemptAnswer.schema).columns("attempt_id", "sequence", "item", "answer", "saved_at")
                .values(SQLBind(id), SQLBind(2), SQLBind(first), SQLBind("A"), SQLBind(110.0)).run()
            var expected = attempt
            expected.restoreAnswer(item: first, value: "A", sequence: 2, savedAt: 110)

            // MUT
            try await database.migrate()

            // validate
            let record = try #require(try await AttemptRecord.find(id, on: database.db))
            #expect(record.revision == 3 && record.lastSequence == 2 && record.accessHash == "hash")
            #expect(expected.answers.entries.count == 2)
            #expect(try await AttemptStore.attempt(record, on: database.db) == expected)
            #expect(try await AttemptStateRecord.find(id, on: database.db)?.state == (try attempt.stateJSON()))

            try await SplitAttemptState().revert(on: database.db)
            let row = try #require(try await sql.select().column("state").from(AttemptRecord.schema)
                .where("id", .equal, id).first())
            #expect(try row.decode(column: "state", as: String.self) == (try attempt.stateJSON()))
        }
    }

    /// Migration 012 rebuilds `attempt_answers` on SQLite (without a rowid, its reference checked at commit):
    /// the rows are the same after it and after its revert, and PostgreSQL's table is left as it was.
    @Test(arguments: TestBackend.all)
    func answersReadTheSameAcrossTheirRebuild(_ backend: TestBackend) async throws {
        try await backend.withDatabase(migrated: false) { database in
            try await database.migrate(Array(TalentaMigrations.all.prefix { !($0 is ClusterAttemptAnswers) }))
            let enrolmentID = try await ItemBankTests.storeEnrolment(database)
            let attemptID = UUID()
            let sql = database.sql
            try await sql.insert(into: AttemptRecord.schema)
                .columns("id", "enrolment_id", "status", "revision", "access_hash", "last_contact", "last_sequence")
                .values(SQLBind(attemptID), SQLBind(enrolmentID), SQLBind("not-started"), SQLBind(1), SQLBind("h"),
                        SQLBind(0.0), SQLBind(2))
                .run()
            for (sequence, outcome) in [(1, "stored"), (2, nil as String?)] {
                try await sql.insert(into: AttemptAnswer.schema)
                    .columns("attempt_id", "sequence", "item", "answer", "saved_at", "outcome")
                    .values(SQLBind(attemptID), SQLBind(sequence), SQLBind("LIK-00\(sequence)"), SQLBind("4"),
                            SQLBind(100.5 + Double(sequence)), SQLBind(outcome))
                    .run()
            }
            func rows() async throws -> [String] {
                try await sql.select().columns("attempt_id", "sequence", "item", "answer", "saved_at", "outcome")
                    .from(AttemptAnswer.schema).orderBy("sequence").all().map { row in
                        "\(try row.decode(column: "attempt_id", as: UUID.self)) \(try row.decode(column: "sequence", as: Int.self)) "
                            + "\(try row.decode(column: "item", as: String.self)) \(try row.decode(column: "answer", as: String.self)) "
                            + "\(try row.decode(column: "saved_at", as: Double.self)) "
                            + "\(try row.decode(column: "outcome", as: String?.self) ?? "-")"
                    }
            }
            func definition() async throws -> String {
                guard case .sqlite = backend else { return "" }
                return try await sql.select().column("sql").from("sqlite_master").where("name", .equal, AttemptAnswer.schema)
                    .first()?.decode(column: "sql", as: String.self) ?? ""
            }
            let before = try await rows()
            #expect(before.count == 2)
            #expect(!(try await definition()).contains("WITHOUT ROWID"))

            // MUT
            try await database.migrate()

            // validate
            #expect(try await rows() == before)
            let rebuilt = try await definition()
            if case .sqlite = backend {
                #expect(rebuilt.contains("WITHOUT ROWID") && rebuilt.contains("DEFERRABLE INITIALLY DEFERRED"))
            }
            try await ClusterAttemptAnswers().revert(on: database.db)
            #expect(try await rows() == before)
            #expect(!(try await definition()).contains("DEFERRABLE"))
        }
    }

    /// Migration 013 gives an attempt in progress the time its sections run out, from its stored state (the
    /// last section's end once that one runs; `AttemptTests` covers the cases where there is none).
    @Test(arguments: TestBackend.all)
    func anAttemptInProgressGetsTheTimeItClosesFromItsState(_ backend: TestBackend) async throws {
        try await backend.withDatabase(migrated: false) { database in
            #expect(TalentaMigrations.all.last is AddStateClosesAt)
            try await database.migrate(Array(TalentaMigrations.all.dropLast()))
            let enrolmentID = try await ItemBankTests.storeEnrolment(database)
            let bank = try DeliveryBank(items: DemoBank.items())
            var attempt = Attempt(seed: 7, blueprint: .short)
            try attempt.start(at: 0)
            for start in [0.0, 100, 200] {
                try attempt.startSection(at: start, bank: bank)
                if start < 200 { try attempt.submitSection(at: start + 50) }
            }
            let closesAt = try #require(attempt.closesAt)
            // Stored as before 013: a state without the column.
            let id = UUID()
            try await database.sql.insert(into: AttemptRecord.schema)
                .columns("id", "enrolment_id", "status", "revision", "access_hash", "last_contact", "last_sequence")
                .values(SQLBind(id), SQLBind(enrolmentID), SQLBind(attempt.status.rawValue), SQLBind(1), SQLBind("h"),
                        SQLBind(0.0), SQLBind(0))
                .run()
            try await database.sql.insert(into: AttemptStateRecord.schema).columns("attempt_id", "state")
                .values(SQLBind(id), SQLBind(try attempt.stateJSON())).run()

            // MUT
            try await database.migrate()

            // validate
            #expect(try await AttemptStateRecord.find(id, on: database.db)?.closesAt == closesAt)
            try await AddStateClosesAt().revert(on: database.db)
            let row = try await database.sql.select().column("*").from(AttemptStateRecord.schema).first()
            #expect(try row?.decode(column: "state", as: String.self) == (try attempt.stateJSON()))
            #expect(row?.contains(column: "closes_at") == false)
        }
    }

    /// CI must prove every persistence test on both databases, so there a missing URL is a failure.
    @Test func ciRunsPersistenceTestsOnPostgreSQL() {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            #expect(TestBackend.all.count == 2, "CI=true but TALENTA_TEST_DATABASE_URL is not set")
        }
    }

    @Test func configurationFromEnvironment() throws {
        #expect(try AppConfiguration(environment: [:]) == AppConfiguration())
        let pg = try AppConfiguration(environment: ["DATABASE_URL": "postgres://u:p@127.0.0.1:5432/db", "PORT": "9000"])
        #expect(pg.database == .postgres(url: "postgres://u:p@127.0.0.1:5432/db"))
        #expect(pg.port == 9000)
        #expect(pg.database.description == "postgres://u:***@127.0.0.1:5432/db")
        #expect(try AppConfiguration(environment: ["DATABASE_URL": "sqlite:///tmp/x.sqlite"]).database
                == .sqlite(path: "/tmp/x.sqlite"))
        #expect(throws: ConfigurationError.invalid("PORT", "80a")) { try AppConfiguration(environment: ["PORT": "80a"]) }
        #expect(throws: ConfigurationError.invalid("DATABASE_URL", "mysql://x")) {
            try AppConfiguration(environment: ["DATABASE_URL": "mysql://x"])
        }
    }
}
