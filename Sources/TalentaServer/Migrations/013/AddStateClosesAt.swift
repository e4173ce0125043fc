import FluentKit
import Foundation
import SQLKit
import TestDelivery

/// `attempt_states.closes_at`: when the attempt's sections run out if nothing changes it (`Attempt.closesAt`),
/// written with every state. The expiry sweep used to read and decode the state of every attempt in progress
/// that its server did not hold at the stored revision, every 30 s: with ten thousand attempts in progress,
/// two servers on one PostgreSQL spent most of the machine on it. It now asks for the attempts whose
/// `closes_at` is past. The attempts in progress get theirs from their stored state here.
struct AddStateClosesAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AttemptStateRecord.schema).field("closes_at", .double).update()
        let sql = database as! any SQLDatabase
        let states = AttemptStateRecord.schema, attempts = AttemptRecord.schema
        let rows = try await sql.select()
            .column(SQLColumn("attempt_id", table: states)).column(SQLColumn("state", table: states))
            .from(states)
            .join(attempts, on: SQLColumn("id", table: attempts), .equal, SQLColumn("attempt_id", table: states))
            .where(SQLColumn("status", table: attempts), .equal, SQLBind(Attempt.Status.inProgress.rawValue))
            .all()
        let decoder = JSONDecoder()
        for row in rows {
            let attempt = try decoder.decode(Attempt.self, from: Data(try row.decode(column: "state", as: String.self).utf8))
            guard let closesAt = attempt.closesAt else { continue }
            try await sql.update(states).set("closes_at", to: closesAt)
                .where("attempt_id", .equal, try row.decode(column: "attempt_id", as: UUID.self)).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttemptStateRecord.schema).deleteField("closes_at").update()
    }
}
