import FluentKit

/// An answer's row is also its entry in the attempt's event log: `outcome` says what the save did
/// ("stored", or "superseded" when a newer answer to the item had come first). A save used to be logged
/// twice, as its row and as an "answered" event, whose row and index entries were a large share of the
/// database's work per save on a test day. Rows written before this migration have no outcome: their saves
/// are logged as events.
struct AddAnswerOutcome: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AttemptAnswer.schema).field("outcome", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttemptAnswer.schema).deleteField("outcome").update()
    }
}
