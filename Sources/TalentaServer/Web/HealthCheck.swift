import FluentKit
import Hummingbird
import SQLKit
import TestDelivery

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

    /// `/metrics`: Prometheus's text format (see `ServerMetrics`).
    static func metrics(_ services: AppServices) async throws -> Response {
        struct Count: Decodable { let count: Int }
        let active = try await services.database.sql.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
            .from(AttemptRecord.schema)
            .where("status", .equal, Attempt.Status.inProgress.rawValue)
            .first(decoding: Count.self)?.count ?? 0
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: services.metrics.render(activeAttempts: active))))
    }
}
