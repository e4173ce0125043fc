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
            #expect(TalentaMigrations.all.last is SplitAttemptState)
            try await database.migrate(Array(TalentaMigrations.all.dropLast()))
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
