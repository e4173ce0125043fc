import FluentKit
import Foundation
import SQLKit
import TestDelivery

/// Reads attempts: the stored state (`attempt_states`) merged with the answers appended to `attempt_answers`
/// since it was written. Every reader of an attempt (runner, proctor, scoring, verification, statistics) goes through
/// here, so that none sees the state without its answers.
enum AttemptStore {
    static func attempt(_ record: AttemptRecord, on db: any Database) async throws -> Attempt {
        guard let attempt = try await attempts([record], on: db)[try record.requireID()] else {
            throw AttemptService.Failure.notFound
        }
        return attempt
    }

    /// The attempts of `records` by id, each with its appended answers (read 500 attempts per query).
    static func attempts(_ records: [AttemptRecord], on db: any Database) async throws -> [UUID: Attempt] {
        try await read(records, on: db).mapValues(\.attempt)
    }

    /// The attempt, and the answers its stored state holds that no row of `attempt_answers` holds too (by
    /// item, the state's sequence or a later one): those must stay in the state when it is rewritten
    /// (answers stored before the rows existed, or by the transaction that finished an attempt).
    static func attemptAndStateOnlyAnswers(_ record: AttemptRecord, on db: any Database) async throws
        -> (attempt: Attempt, stateOnly: [String: Int]) {
        guard let read = try await read([record], on: db)[try record.requireID()] else { throw AttemptService.Failure.notFound }
        return (read.attempt, read.stateOnly)
    }

    private static func read(_ records: [AttemptRecord], on db: any Database) async throws
        -> [UUID: (attempt: Attempt, stateOnly: [String: Int])] {
        let decoder = JSONDecoder()
        var result: [UUID: (attempt: Attempt, stateOnly: [String: Int])] = [:]
        // 500 attempts per query: their states, then the answers appended since.
        for chunk in try records.map({ try $0.requireID() }).chunked(500) {
            for state in try await AttemptStateRecord.query(on: db).filter(\.$id ~~ chunk).all() {
                let attempt = try decoder.decode(Attempt.self, from: Data(state.state.utf8))
                result[try state.requireID()] = (attempt, attempt.answers.entries.mapValues(\.sequence))
            }
            let rows = try await (db as! any SQLDatabase).select()
                .columns("attempt_id", "sequence", "item", "answer", "saved_at")
                .from(AttemptAnswer.schema)
                .where("attempt_id", .in, chunk)
                .all(decoding: AttemptAnswer.Row.self)
            for row in rows {
                result[row.attempt_id]?.attempt.restoreAnswer(item: row.item, value: row.answer, sequence: row.sequence,
                                                              savedAt: row.saved_at)
                if let kept = result[row.attempt_id]?.stateOnly[row.item], kept <= row.sequence {
                    result[row.attempt_id]?.stateOnly[row.item] = nil
                }
            }
        }
        return result
    }
}
