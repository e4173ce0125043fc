import FluentKit
import Hummingbird

/// `/health`: the process is up and the database answers a query.
enum HealthCheck {
    struct Status: ResponseEncodable {
        let status: String
        let database: String
        let migrations: Int
    }

    /// The process answers: no database, no work.
    struct Live: ResponseEncodable {
        var status = "ok"
    }

    static func run(_ database: TalentaDatabase) async throws -> Status {
        do {
            let applied = try await database.appliedMigrations().count
            return Status(status: "ok", database: database.configuration.driver, migrations: applied)
        } catch {
            throw AppError(.serviceUnavailable, "database unreachable: \(String(describing: error))")
        }
    }
}
