import FluentKit
import SQLKit

/// Answers as appended rows, one per save (the attempt's state is rewritten only when its structure
/// changes), and the highest answer sequence committed per attempt, which tells a server whose cached copy
/// of the attempt has fallen behind another server's saves.
struct CreateAttemptAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AttemptAnswer.schema)
            .field("attempt_id", .uuid, .required, .references(AttemptRecord.schema, "id", onDelete: .cascade))
            .field("sequence", .int, .required)
            .field("item", .string, .required)
            .field("answer", .string, .required)
            .field("saved_at", .double, .required)
            // A retried save (same attempt, same sequence) is one row.
            .compositeIdentifier(over: "attempt_id", "sequence")
            .create()
        try await database.schema(AttemptRecord.schema)
            .field("last_sequence", .int, .required, .sql(.default(0)))
            .update()
        // The event log is read per attempt (proctor console, exports).
        try await (database as! any SQLDatabase).create(index: "attempt_events_by_attempt")
            .on(AttemptEvent.schema).column("attempt_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "attempt_events_by_attempt").run()
        try await database.schema(AttemptRecord.schema).deleteField("last_sequence").update()
        try await database.schema(AttemptAnswer.schema).delete()
    }
}
