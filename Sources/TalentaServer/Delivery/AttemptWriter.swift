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
///
/// A batch is a handful of statements whatever its size: one `UPDATE` checks every guard and raises every
/// attempt's contact time and answer sequence, one writes the states of those that changed structure, then
/// one multi-row `INSERT` for the answers and one for the events. Statement by statement, a commit of
/// hundreds of saves would wait hundreds of times for the database's thread and then for a free thread of
/// the server's own, behind the requests being answered.
final class AttemptWriter: Sendable {
    struct Write: Sendable {
        let attemptID: UUID
        /// The cached copy the write was planned from (`AttemptCache.Entry.epoch`).
        let epoch: Int
        /// The guard: what this server believes is stored.
        let accessHash: String
        let revision: Int
        let knownSequence: Int
        let now: Double
        /// A structural change: the attempt's new state, status and `closesAt` (the revision goes up by one).
        let state: (json: String, status: String, closesAt: Double?)?
        let answer: Answer?
        let events: [Event]
        /// Item versions given for the first time, to freeze.
        let freeze: [(key: String, version: Int)]
    }

    struct Answer: Sendable {
        let item: String
        let value: String
        let sequence: Int
        /// What the save did ("stored" or "superseded"), written with its row, which is then also the save's
        /// entry in the event log. Nil for a save sent again, whose row is there already: no row is written,
        /// and the request is logged as an event.
        let outcome: String?
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
        /// Commits since the writer last checkpointed SQLite's WAL (see `drain`).
        var commitsSinceCheckpoint = 0
    }

    /// SQLite: the writer checkpoints the WAL itself once this many commits have passed and no request is
    /// waiting. The automatic checkpoint (`wal_autocheckpoint`, 2,500 pages) runs inside the commit that
    /// passes it, and that commit's requests wait for the pages to be copied and synced (with 10,000 pages and
    /// no idle checkpoint, paced p99 was 74 ms in one run); copied while the writer is idle, the pages of a
    /// few dozen commits take a few milliseconds. Under saturation no request leaves the writer idle, and the
    /// automatic one applies.
    let checkpointEvery: Int

    let database: TalentaDatabase
    let metrics: ServerMetrics
    let maximumBatch: Int
    private let queue = Mutex(Queue())
    /// Item versions known to be frozen already, so that a batch does not update them again.
    private let frozen = Mutex(Set<String>())
    /// Epochs of cached copies a write was found stale against: every other write planned from such a copy
    /// is stale too, even one whose guard would hold by coincidence (say a revision raised once by a
    /// proctor's pause and once by this copy's own earlier write).
    private let dead = Mutex(Set<Int>())

    /// SQLite: the writer runs on the database's own event loop (see `LoopExecutor`).
    private let executor: LoopExecutor?

    init(database: TalentaDatabase, metrics: ServerMetrics, maximumBatch: Int = 10_000, checkpointEvery: Int = 50) {
        self.database = database
        executor = database.sqliteLoop.map(LoopExecutor.init)
        self.metrics = metrics
        self.maximumBatch = maximumBatch
        self.checkpointEvery = checkpointEvery
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
            if starts {
                if let executor { Task(executorPreference: executor) { await self.drain() } } else { Task { await self.drain() } }
            }
        }
    }

    private enum Next {
        case batch([Waiting])
        case checkpoint
        case idle
    }

    private func drain() async {
        let checkpoints = database.sqliteLoop != nil
        while true {
            let next = queue.withLock { queue -> Next in
                guard !queue.waiting.isEmpty else {
                    // Requests that arrive meanwhile queue behind the checkpoint, as behind a commit.
                    if checkpoints && queue.commitsSinceCheckpoint >= checkpointEvery {
                        queue.commitsSinceCheckpoint = 0
                        return .checkpoint
                    }
                    queue.writing = false
                    return .idle
                }
                let count = min(queue.waiting.count, maximumBatch)
                let batch = Array(queue.waiting.prefix(count))
                queue.waiting.removeFirst(count)
                queue.commitsSinceCheckpoint += 1
                return .batch(batch)
            }
            let batch: [Waiting]
            switch next {
            case .idle:
                return
            case .checkpoint:
                // A failed checkpoint loses nothing (the WAL keeps the pages): SQLite's automatic one runs later.
                if (try? await database.checkpoint()) != nil { metrics.recordCheckpoint() }
                continue
            case .batch(let waiting):
                batch = waiting
            }
            do {
                let started = ContinuousClock.now
                let outcomes = try await commit(batch.map(\.write))
                metrics.recordBatch(size: batch.count,
                                    saves: zip(batch, outcomes).count { $0.0.write.answer != nil && $0.1 == .committed },
                                    seconds: (ContinuousClock.now - started) / .seconds(1))
                for (waiting, outcome) in zip(batch, outcomes) { waiting.continuation.resume(returning: outcome) }
            } catch {
                for waiting in batch { waiting.continuation.resume(throwing: error) }
            }
        }
    }

    /// One transaction: the guards and attempt updates (one statement per round), then the answers, events
    /// and freezes of the writes that held.
    func commit(_ writes: [Write]) async throws -> [Outcome] {
        let alreadyFrozen = frozen.withLock { $0 }
        let rounds = Self.rounds(writes)
        let sql = database.sql
        let (outcomes, froze) = try await database.batchTransaction { run -> ([Outcome], [String]) in
            var outcomes = [Outcome](repeating: .stale, count: writes.count)
            for round in rounds {
                let live = self.dead.withLock { dead in round.filter { !dead.contains(writes[$0].epoch) } }
                var held = Set<UUID>()
                for chunk in Self.chunks(live) { held.formUnion(try await run(Self.update(chunk.map { writes[$0] }))) }
                var stale: [Int] = []
                var states: [Write] = []
                for index in live {
                    if held.contains(writes[index].attemptID) {
                        outcomes[index] = .committed
                        if writes[index].state != nil { states.append(writes[index]) }
                    } else {
                        stale.append(writes[index].epoch)
                    }
                }
                for chunk in Self.chunks(states) { _ = try await run(Self.updateStates(chunk)) }
                if !stale.isEmpty {
                    self.dead.withLock { dead in
                        if dead.count > 100_000 { dead.removeAll() }
                        dead.formUnion(stale)
                    }
                }
            }
            var answers: [(write: Write, answer: Answer, outcome: String)] = []
            var events: [(write: Write, event: Event)] = []
            var freeze: [String: (key: String, version: Int)] = [:]
            for (write, outcome) in zip(writes, outcomes) where outcome == .committed {
                if let answer = write.answer, let logged = answer.outcome { answers.append((write, answer, logged)) }
                for event in write.events { events.append((write, event)) }
                for item in write.freeze where !alreadyFrozen.contains("\(item.key)#\(item.version)") {
                    freeze["\(item.key)#\(item.version)"] = item
                }
            }
            for chunk in Self.chunks(answers) {
                var insert = WriterStatement(#"INSERT INTO "\#(AttemptAnswer.schema)" ("attempt_id", "sequence", "item", "answer", "saved_at", "outcome") VALUES "#)
                insert.rows(chunk) { write, answer, outcome in
                    [.id(write.attemptID), .integer(answer.sequence), .text(answer.item), .text(answer.value), .real(write.now),
                     .text(outcome)]
                }
                insert.append(#" ON CONFLICT ("attempt_id", "sequence") DO NOTHING"#)
                _ = try await run(insert)
            }
            for chunk in Self.chunks(events) {
                var insert = WriterStatement(#"INSERT INTO "\#(AttemptEvent.schema)" ("id", "attempt_id", "type", "at", "actor", "data") VALUES "#)
                insert.rows(chunk) { write, event in
                    [.id(UUID.timeOrdered(at: write.now)), .id(write.attemptID), .text(event.type), .real(write.now),
                     .text(event.actor), .text(event.data)]
                }
                _ = try await run(insert)
            }
            for item in freeze.values {
                _ = try await run(TestItemRecord.freeze(key: item.key, version: item.version, on: sql).query)
            }
            return (outcomes, Array(freeze.keys))
        }
        if !froze.isEmpty { frozen.withLock { $0.formUnion(froze) } }
        return outcomes
    }

    /// Rows per statement: SQLite takes at most 32,766 bound values in one statement and PostgreSQL 65,535;
    /// the widest row here binds 8.
    static let rowsPerStatement = 1_000

    static func chunks<Element>(_ rows: [Element]) -> [ArraySlice<Element>] {
        stride(from: 0, to: rows.count, by: rowsPerStatement).map { rows[$0..<min($0 + rowsPerStatement, rows.count)] }
    }

    /// The batch's writes (indexes) in rounds in which each attempt appears at most once, each attempt's
    /// writes in the order they came: one statement checks a round's guards against the rows as they stood
    /// before it, so a second write of one attempt must see the first one's update.
    static func rounds(_ writes: [Write]) -> [[Int]] {
        var seen: [UUID: Int] = [:]
        var rounds: [[Int]] = []
        for (index, write) in writes.enumerated() {
            let round = seen[write.attemptID, default: 0]
            seen[write.attemptID] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(index)
        }
        return rounds
    }

    /// One guarded `UPDATE` for writes of distinct attempts, joined to their values: a row is updated only
    /// where its write's guard holds (the access hash and revision it was planned with, and no answer stored
    /// beyond the sequence it knew).
    ///
    /// The values are a `VALUES` list, whose columns SQLite and PostgreSQL both name `column1`, `column2`, …:
    /// 1 id, 2 contact time, 3 answer sequence (0: no answer), 4 structural (1 or 0), 5 status, 6 access hash,
    /// 7 revision, 8 highest sequence known. It returns the `id` of every attempt whose guard held. The states
    /// of the structural writes among those are written next (`updateStates`): the row updated here stays
    /// narrow, so that a save rewrites a few dozen bytes of it rather than the page its state would fill.
    static func update(_ writes: some Collection<Write>) -> WriterStatement {
        var update = WriterStatement("""
            UPDATE "\(AttemptRecord.schema)" SET last_contact = v.column2,
            last_sequence = CASE WHEN last_sequence < v.column3 THEN v.column3 ELSE last_sequence END,
            status = CASE WHEN v.column4 = 1 THEN v.column5 ELSE status END,
            revision = revision + v.column4
            FROM (VALUES
            """)
        update.rows(writes) { write in
            [.id(write.attemptID), .real(write.now), .integer(write.answer?.sequence ?? 0), .integer(write.state == nil ? 0 : 1),
             .text(write.state?.status ?? ""), .text(write.accessHash), .integer(write.revision), .integer(write.knownSequence)]
        }
        update.append("""
            ) AS v WHERE "\(AttemptRecord.schema)".id = v.column1 AND access_hash = v.column6
            AND revision = v.column7 AND last_sequence <= v.column8 RETURNING "\(AttemptRecord.schema)".id
            """)
        return update
    }

    /// One `UPDATE` of the states of structural writes of distinct attempts whose guards held in this
    /// transaction (the guard's `UPDATE` locked their attempts' rows first): 1 id, 2 state, 3 the time the
    /// attempt's sections run out (`Attempt.closesAt`, cast: a column of nulls alone has no type on PostgreSQL).
    static func updateStates(_ writes: some Collection<Write>) -> WriterStatement {
        var update = WriterStatement(#"UPDATE "\#(AttemptStateRecord.schema)" SET state = v.column2, "#
                                     + #"closes_at = CAST(v.column3 AS DOUBLE PRECISION) FROM (VALUES "#)
        update.rows(writes) { write in
            [.id(write.attemptID), .text(write.state?.json ?? ""), write.state?.closesAt.map { .real($0) } ?? .null]
        }
        update.append(#") AS v WHERE "\#(AttemptStateRecord.schema)".attempt_id = v.column1"#)
        return update
    }
}
