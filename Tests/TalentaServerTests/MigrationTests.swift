import FluentKit
import Foundation
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
