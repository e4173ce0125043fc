import Foundation
import Testing
@testable import TalentaServer

/// The databases every persistence test runs on: SQLite always, and PostgreSQL as well when
/// `TALENTA_TEST_DATABASE_URL` is set (CI sets it).
enum TestBackend: CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres(url: String)

    static var all: [TestBackend] {
        var backends: [TestBackend] = [.sqlite]
        if let url = ProcessInfo.processInfo.environment["TALENTA_TEST_DATABASE_URL"], !url.isEmpty {
            backends.append(.postgres(url: url))
        }
        return backends
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// PostgreSQL connections per event loop for a test's database (the server's default is 4).
    static let connectionsPerLoop = 2

    /// Opens a fresh, empty, migrated database for one test and removes it afterwards: a temporary
    /// SQLite file, or a schema of its own on PostgreSQL, so tests can run side by side.
    func withDatabase(migrated: Bool = true, _ body: (TalentaDatabase) async throws -> Void) async throws {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let configuration: DatabaseConfiguration = switch self {
        case .sqlite: .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path)
        case .postgres(let url): .postgres(url: url, schema: name)
        }
        if case .postgres = self { await PostgresSlots.shared.acquire() }
        let database: TalentaDatabase
        do {
            database = try TalentaDatabase(configuration, connectionsPerLoop: TestBackend.connectionsPerLoop)
        } catch {
            if case .postgres = self { await PostgresSlots.shared.release() }
            throw error
        }
        var failure: (any Error)?
        do {
            if migrated { try await database.migrate() }
            try await body(database)
        } catch {
            failure = error
        }
        switch configuration {
        case .sqlite(let path):
            await database.shutdown()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        case .postgres:
            try? await database.sql.raw("DROP SCHEMA IF EXISTS \(ident: name) CASCADE").run()
            await database.shutdown()
            await PostgresSlots.shared.release()
        }
        if let failure { throw failure }
    }
}

/// How many PostgreSQL test databases may be open at once. Swift Testing starts every test case side by
/// side, and each database has its own pool, so without a bound a full run asks a stock server (100
/// connections, 3 of them reserved) for more than it has and a test fails with "remaining connection slots
/// are reserved". Each open database may hold `connectionsPerLoop` connections per event loop, twice over
/// while a test reopens it as a restarted server; 80 connections are shared out on that basis.
actor PostgresSlots {
    static let shared = PostgresSlots(
        count: max(2, 80 / (2 * TestBackend.connectionsPerLoop * ProcessInfo.processInfo.activeProcessorCount)))

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
