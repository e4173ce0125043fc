import FluentKit
import SQLKit

/// An attempt's state (`Attempt` as JSON, about 2.5 kB) moves out of its `attempts` row into a row of
/// `attempt_states`. Every save raises the attempt's contact time and answer sequence, and the wide row made
/// each of those a rewrite of a whole database page per attempt; the `attempts` row is now a few dozen bytes,
/// and the state is written only when the attempt's structure changes. The guard of every write (access
/// hash, revision, answer sequence) stays on the `attempts` row, so a write still locks that row first.
struct SplitAttemptState: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AttemptStateRecord.schema)
            .field("attempt_id", .uuid, .identifier(auto: false),
                   .references(AttemptRecord.schema, "id", onDelete: .cascade))
            .field("state", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("""
            INSERT INTO \(ident: AttemptStateRecord.schema) (attempt_id, state) SELECT id, state FROM \(ident: AttemptRecord.schema)
            """).run()
        try await database.schema(AttemptRecord.schema).deleteField("state").update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttemptRecord.schema).field("state", .string, .required, .sql(.default("{}"))).update()
        let sql = database as! any SQLDatabase
        try await sql.raw("""
            UPDATE \(ident: AttemptRecord.schema) SET state = (SELECT s.state FROM \(ident: AttemptStateRecord.schema) s
            WHERE s.attempt_id = \(ident: AttemptRecord.schema).id)
            """).run()
        try await database.schema(AttemptStateRecord.schema).delete()
    }
}
