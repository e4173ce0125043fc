import ArgumentParser
import Foundation
import OfflineCommands
import TalentaServer

/// Reads the environment once, for every verb.
func loadConfiguration() throws -> AppConfiguration {
    do { return try AppConfiguration(environment: ProcessInfo.processInfo.environment) } catch {
        throw CommandFailure(error.description)
    }
}

/// Opens and migrates the configured database, runs `body`, and closes the database.
func withDatabase<T>(_ configuration: AppConfiguration, _ body: (TalentaDatabase) async throws -> T) async throws -> T {
    let database = try TalentaDatabase(configuration.database)
    do {
        try await database.migrate()
        let result = try await body(database)
        await database.shutdown()
        return result
    } catch {
        await database.shutdown()
        throw error
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web application (HOST, PORT, DATABASE_URL).")

    func run() async throws {
        let configuration = try loadConfiguration()
        try await serve(configuration, banner: nil)
    }
}

func serve(_ configuration: AppConfiguration, banner: String?) async throws {
    JSONLogHandler.bootstrapFromEnvironment()
    let database = try TalentaDatabase(configuration.database)
    do { try await database.migrate() } catch {
        await database.shutdown()
        throw error
    }
    print("Talenta on \(configuration.database.driver): http://\(configuration.host):\(configuration.port)/")
    if let banner { print(banner) }
    fflush(nil)  // show the URL at once, even when stdout is a pipe or a log file
    let app = buildApplication(configuration: configuration, database: database)
    try await app.runService()
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Seed the demo (Kota Serang, Provinsi Banten, Kota Tangerang) and serve it.")

    @Flag(help: "Seed only; do not start the server.")
    var seedOnly = false

    @Flag(help: "Also seed 100,000 synthetic profiles across about 500 instansi for the national talent search (once).")
    var national = false

    func run() async throws {
        let configuration = try loadConfiguration()
        let national = national
        let (reports, logins, synthetic) = try await withDatabase(configuration) { database in
            let (reports, logins) = try await DemoSeeder(database: database).seed()
            return (reports, logins, national ? try await NationalDemo(database: database).seed() : nil)
        }
        let created = reports.map(\.created).reduce(0, +), updated = reports.map(\.updated).reduce(0, +)
        print("Demo data seeded on \(configuration.database): \(created) records created, \(updated) updated.")
        if let synthetic {
            print(synthetic.created > 0
                  ? "National search: \(synthetic.created) synthetic profiles across \(synthetic.instansi) instansi seeded "
                    + String(format: "(generated in %.1f s, written in %.1f s).", synthetic.generating, synthetic.writing)
                  : "National search: already seeded (\(synthetic.existing) synthetic profiles); nothing added.")
        }
        guard !seedOnly else { return }
        try await serve(configuration, banner: """
            Open the URL above in a browser (Bahasa Indonesia; an English toggle is at the top right).
            Staff sign-in at /masuk (demo passwords, one account per role):
            \(DemoSeeder.staff.map { "  \($0.username.padding(toLength: 20, withPad: " ", startingAt: 0)) \($0.password.padding(toLength: 26, withPad: " ", startingAt: 0)) \($0.roleName)" }.joined(separator: "\n"))
            Participant logins (test runner at /ujian/masuk, NIP + token):
            \(logins.map { "  \($0.session): NIP \($0.nip)  token \($0.token)  (\($0.name))" }.joined(separator: "\n"))
            \(synthetic == nil ? "" : "National talent search at /nasional (as nasional): the synthetic profiles, and Kota Serang's once its pimpinan releases them.\n")\
            Press Ctrl-C to stop.
            """)
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or update the database schema.")

    @Flag(help: "Revert every migration instead (drops Talenta's tables).")
    var revertAll = false

    func run() async throws {
        let configuration = try loadConfiguration()
        let applied = try await withDatabase(configuration) { database in
            if revertAll { try await database.revertAll() }
            return try await database.appliedMigrations()
        }
        print("\(configuration.database): \(applied.count) migrations applied.")
    }
}
