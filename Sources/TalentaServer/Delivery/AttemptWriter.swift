import FluentKit
import Foundation
import SQLKit
import Synchronization

/// Group commit for participants' requests: concurrent saves wait while one writer commits them together
/// in one transaction, and each is acknowledged only after that commit.
///
/// There is no timer: the first request that finds the writer idle starts it; while a batch is being
/// committed the next requests queue, and the writer takes them all (up to `maximumBatch`) as its next
/// transaction. Under light load a batch is one save and commits at once; under heavy load one commit (one
/// fsync on SQLite with `synchronous=FULL`) serves hundreds.
///
/// Each request's write is guarded (see `AttemptCache`): its rows are written only if its guard holds, and
/// it is answered `.stale` otherwise, so that the caller reloads and re-applies. One stale request does not
/// fail the others in its batch.
final class AttemptWriter: Sendable {
    struct Write: Sendable {
        let attemptID: UUID
        /// The guard: what this server believes is stored.
        let accessHash: String
        let revision: Int
        let knownSequence: Int
        let now: Double
        /// A structural change: the attempt's new state and status (the revision goes up by one).
        let state: (json: String, status: String)?
        let answer: Answer?
        let events: [Event]
        /// Item versions given for the first time, to freeze.
        let freeze: [(key: String, version: Int)]
    }

    struct Answer: Sendable {
        let item: String
        let value: String
        let sequence: Int
    }

    struct Event: Sendable {
        let type: String
        let actor: String
        let data: String
    }

    enum Outcome: Sendable, Equatable {
        case committed
        case stale
    }

    private struct Waiting: Sendable {
        let write: Write
        let continuation: CheckedContinuation<Outcome, any Error>
    }

    private struct Queue: Sendable {
        var waiting: [Waiting] = []
        var writing = false
    }

    let database: TalentaDatabase
    let metrics: ServerMetrics
    let maximumBatch: Int
    private let queue = Mutex(Queue())
    /// Item versions known to be frozen already, so that a batch does not update them again.
    private let frozen = Mutex(Set<String>())

    init(database: TalentaDatabase, metrics: ServerMetrics, maximumBatch: Int = 512) {
        self.database = database
        self.metrics = metrics
        self.maximumBatch = maximumBatch
    }

    /// Queues `write` and returns once it is committed (or found stale).
    func submit(_ write: Write) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            let starts = queue.withLock { queue -> Bool in
                queue.waiting.append(Waiting(write: write, continuation: continuation))
                if queue.writing { return false }
                queue.writing = true
                return true
            }
            if starts { Task { await self.drain() } }
        }
    }

    private func drain() async {
        while true {
            let batch = queue.withLock { queue -> [Waiting] in
                guard !queue.waiting.isEmpty else {
                    queue.writing = false
                    return []
                }
                let count = min(queue.waiting.count, maximumBatch)
                let batch = Array(queue.waiting.prefix(count))
                queue.waiting.removeFirst(count)
                return batch
            }
            if batch.isEmpty { return }
            do {
                let outcomes = try await commit(batch.map(\.write))
                metrics.recordBatch(size: batch.count,
                                    saves: zip(batch, outcomes).count { $0.0.write.answer != nil && $0.1 == .committed })
                for (waiting, outcome) in zip(batch, outcomes) { waiting.continuation.resume(returning: outcome) }
            } catch {
                for waiting in batch { waiting.continuation.resume(throwing: error) }
            }
        }
    }

    /// One transaction: every guard in order, then the answers, events and freezes of those that held.
    private func commit(_ writes: [Write]) async throws -> [Outcome] {
        let alreadyFrozen = frozen.withLock { $0 }
        let (outcomes, froze) = try await database.transaction { db -> ([Outcome], [String]) in
            let sql = db as! any SQLDatabase
            var outcomes: [Outcome] = []
            var answers: [[any SQLExpression]] = []
            var events: [[any SQLExpression]] = []
            var freeze: [String: (key: String, version: Int)] = [:]
            for write in writes {
                var update = sql.update(AttemptRecord.schema)
                    .set("last_contact", to: write.now)
                if let answer = write.answer {
                    update = update.set(SQLIdentifier("last_sequence"), to: SQLQueryString(
                        "CASE WHEN last_sequence < \(bind: answer.sequence) THEN \(bind: answer.sequence) ELSE last_sequence END"))
                }
                if let state = write.state {
                    update = update.set("state", to: state.json).set("status", to: state.status)
                        .set("revision", to: write.revision + 1)
                }
                let held = try await update
                    .where("id", .equal, write.attemptID)
                    .where("access_hash", .equal, write.accessHash)
                    .where("revision", .equal, write.revision)
                    .where("last_sequence", .lessThanOrEqual, write.knownSequence)
                    .returning("id")
                    .all()
                guard !held.isEmpty else {
                    outcomes.append(.stale)
                    continue
                }
                outcomes.append(.committed)
                if let answer = write.answer {
                    answers.append([SQLBind(write.attemptID), SQLBind(answer.sequence), SQLBind(answer.item),
                                    SQLBind(answer.value), SQLBind(write.now)])
                }
                for event in write.events {
                    events.append([SQLBind(UUID()), SQLBind(write.attemptID), SQLBind(event.type), SQLBind(write.now),
                                   SQLBind(event.actor), SQLBind(event.data)])
                }
                for item in write.freeze where !alreadyFrozen.contains("\(item.key)#\(item.version)") {
                    freeze["\(item.key)#\(item.version)"] = item
                }
            }
            if !answers.isEmpty {
                var insert = sql.insert(into: AttemptAnswer.schema)
                    .columns("attempt_id", "sequence", "item", "answer", "saved_at")
                for row in answers { insert = insert.values(row) }
                try await insert.ignoringConflicts(with: ["attempt_id", "sequence"]).run()
            }
            if !events.isEmpty {
                var insert = sql.insert(into: AttemptEvent.schema).columns("id", "attempt_id", "type", "at", "actor", "data")
                for row in events { insert = insert.values(row) }
                try await insert.run()
            }
            for item in freeze.values {
                try await TestItemRecord.query(on: db).filter(\.$key == item.key).filter(\.$version == item.version)
                    .filter(\.$used == false).set(\.$used, to: true).update()
            }
            return (outcomes, Array(freeze.keys))
        }
        if !froze.isEmpty { frozen.withLock { $0.formUnion(froze) } }
        return outcomes
    }
}
