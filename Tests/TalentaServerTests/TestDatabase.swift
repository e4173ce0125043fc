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

    /// Opens a fresh, empty, migrated database for one test and removes it afterwards: a temporary
    /// SQLite file, or a schema of its own on PostgreSQL, so tests can run side by side.
    func withDatabase(migrated: Bool = true, _ body: (TalentaDatabase) async throws -> Void) async throws {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let configuration: DatabaseConfiguration = switch self {
        case .sqlite: .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path)
        case .postgres(let url): .postgres(url: url, schema: name)
        }
        let database = try TalentaDatabase(configuration)
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
        }
        if let failure { throw failure }
    }
}
