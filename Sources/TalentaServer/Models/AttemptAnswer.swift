import FluentKit
import Foundation

/// One answer save, appended: the attempt, the browser's sequence number, the item and the option chosen,
/// at server time, and what the save did (`outcome`; nil on rows written before migration 010). Written by
/// `AttemptWriter`; read back through `AttemptStore`, and as "answered" statements of the event log.
enum AttemptAnswer {
    static let schema = "attempt_answers"

    struct Row: Sendable, Codable {
        let attempt_id: UUID
        let sequence: Int
        let item: String
        let answer: String
        let saved_at: Double
        /// Nil where the row is not the save's log entry, or where the query did not select the column.
        let outcome: String?
    }
}
