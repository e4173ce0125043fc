import FluentKit
import Foundation

/// One answer save, appended: the attempt, the browser's sequence number, the item and the option chosen,
/// at server time. Written by `AttemptWriter`; read back through `AttemptStore`.
enum AttemptAnswer {
    static let schema = "attempt_answers"

    struct Row: Sendable, Codable {
        let attempt_id: UUID
        let sequence: Int
        let item: String
        let answer: String
        let saved_at: Double
    }
}
