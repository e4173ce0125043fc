import FluentKit
import Foundation
import JSONText
import SQLKit
import TestDelivery

/// Applies requests to attempts at the server's time, stores them and logs their events.
///
/// Two paths, one rule: a request is acknowledged only after its transaction has committed.
/// - `participant(...)`, the runner's requests: applied to this server's cached copy of the attempt
///   (`AttemptCache`), then written by the group-commit writer (`AttemptWriter`) as guarded rows: an answer
///   is one appended row, and the attempt's state is rewritten only when its structure changed (a section
///   started or ended, an adaptive item given, a flag, a position). A write whose guard fails (another
///   server, a proctor or a new login changed the attempt) reloads the attempt and applies the request again.
/// - `apply(...)`, everything else (proctor actions, the expiry sweep) and any request that finishes an
///   attempt, which is then scored: one transaction that reads the attempt, applies, and writes it under an
///   optimistic revision check, retried on conflict.
struct AttemptService: Sendable {
    let database: TalentaDatabase
    let bank: ItemBankStore
    let clock: any ServerClock
    let cache: AttemptCache
    let writer: AttemptWriter

    init(database: TalentaDatabase, bank: ItemBankStore, clock: any ServerClock, cache: AttemptCache = AttemptCache(),
         metrics: ServerMetrics = ServerMetrics()) {
        self.database = database
        self.bank = bank
        self.clock = clock
        self.cache = cache
        writer = AttemptWriter(database: database, metrics: metrics)
    }

    enum Failure: Error, Equatable {
        case notFound
        case conflict
    }

    /// The answer a request saves, for its appended row.
    struct Save: Sendable {
        let item: String
        let value: String
        let sequence: Int
    }

    // MARK: - Participants

    /// Applies a participant's request (`accessHash`: the hash of their browser's secret) through the cache
    /// and the group-commit writer; records `event` (when not nil) with `data` and the outcome. A request
    /// that saves an answer (`save`) is recorded by the answer's row instead, with its outcome, unless it was
    /// sent again and its row is there already.
    func participant<T: Sendable>(
        _ attemptID: UUID, accessHash: String, event: String?, data: [String: String] = [:], save: Save? = nil,
        outcome: @escaping @Sendable (T) -> String? = { _ in nil },
        _ change: @escaping @Sendable (inout Attempt, Double, DeliveryBank) throws -> T
    ) async throws -> (T, Attempt, DeliveryBank) {
        let bank = try await bank.deliveryBank()
        let actor = "participant"
        var reloaded = false
        for _ in 0..<8 {
            guard let entry = try await admitted(attemptID, accessHash: accessHash) else { throw Failure.notFound }
            let now = clock.now()
            let plan: ParticipantPlan<T>
            do {
                // Applied to a snapshot, outside the cache's lock (adaptive selection and the state's JSON
                // take time); the snapshot is swapped in below only if no other request changed it meanwhile.
                plan = try Self.plan(entry, attemptID: attemptID, accessHash: accessHash, actor: actor, event: event,
                                     data: data, save: save, outcome: outcome, change: change, now: now, bank: bank)
            } catch {
                // Refused by the cached copy, which may be behind (a proctor's resume on another server):
                // refuse only what the stored attempt refuses too.
                guard !reloaded else { throw error }
                reloaded = true
                try await load(attemptID)
                continue
            }
            if case .write(let write, _, let attempt) = plan,
               !cache.replace(attemptID, ifChanges: entry.changes, with: attempt, structural: write.state != nil) {
                continue  // another request of this attempt came first: apply to the newer copy
            }
            switch plan {
            case .finishing:
                // Scoring runs in the attempt's own transaction.
                cache.remove(attemptID)
                return try await apply(attemptID, actor: actor, event: event, data: data, contact: true,
                                       outcome: outcome, change)
            case .write(let write, let value, let attempt):
                do {
                    switch try await writer.submit(write) {
                    case .committed:
                        return (value, attempt, bank)
                    case .stale:
                        cache.remove(attemptID)
                    }
                } catch {
                    cache.remove(attemptID)
                    throw error
                }
            }
        }
        throw Failure.conflict
    }

    /// What a request does to the cached attempt `entry`: the guarded write and the attempt after it, or
    /// `.finishing` when it ends the attempt.
    private static func plan<T: Sendable>(
        _ entry: AttemptCache.Entry, attemptID: UUID, accessHash: String, actor: String, event: String?,
        data: [String: String], save: Save?, outcome: (T) -> String?,
        change: (inout Attempt, Double, DeliveryBank) throws -> T, now: Double, bank: DeliveryBank
    ) throws -> ParticipantPlan<T> {
        let before = entry.attempt
        var attempt = before
        let value = try change(&attempt, now, bank)
        attempt.finishIfDone(at: now)
        if attempt.status != before.status && (attempt.status == .finished || attempt.status == .terminated) {
            return .finishing
        }
        let structural = !before.sameStructure(as: attempt)
        let said = outcome(value)
        // A save appends its row, which is also its entry in the event log; a retry (its sequence is the one
        // kept for the item) has its row already and is logged as an event.
        let row = save.map { save in
            AttemptWriter.Answer(item: save.item, value: save.value, sequence: save.sequence,
                                 outcome: before.answers.unchanged(itemID: save.item, sequence: save.sequence) == .duplicate
                                     ? nil : said ?? "stored")
        }
        let (events, newlyGiven) = consequences(before: before, after: attempt, structural: structural, actor: actor,
                                                event: row?.outcome == nil ? event : nil, data: data, outcome: said,
                                                bank: bank)
        let write = AttemptWriter.Write(
            attemptID: attemptID, epoch: entry.epoch, accessHash: accessHash, revision: entry.revision,
            knownSequence: before.answers.lastSequence, now: now,
            // Every answer this path saves is a row of its own; the state keeps only those no row holds.
            state: structural ? (json: try attempt.stateJSON { entry.stateOnlyAnswers[$0.itemID] == $0.sequence },
                                 status: attempt.status.rawValue, closesAt: attempt.closesAt) : nil,
            answer: row,
            events: events, freeze: newlyGiven)
        return .write(write, value, attempt)
    }

    /// What a change leaves to store besides the attempt, on both paths (`plan` and `apply`): the events it
    /// logs (the attempt starting, then the request's own event with its outcome) and the item versions it
    /// gave for the first time, to freeze. Only a change of structure can give items.
    private static func consequences(
        before: Attempt, after: Attempt, structural: Bool, actor: String, event: String?, data: [String: String],
        outcome: String?, bank: DeliveryBank
    ) -> (events: [AttemptWriter.Event], newlyGiven: [(key: String, version: Int)]) {
        var events: [AttemptWriter.Event] = []
        if before.status == .notStarted && after.status == .inProgress {
            events.append(.init(type: "started", actor: actor, data: "{}"))
        }
        if let event {
            var data = data
            if let outcome { data["outcome"] = outcome }
            events.append(.init(type: event, actor: actor, data: JSONText.object(data)))
        }
        guard structural else { return (events, []) }
        let given = Set(before.sections.flatMap(\.items))
        let newlyGiven = bank.versions(of: after.sections.flatMap(\.items).filter { !given.contains($0) })
        return (events, newlyGiven)
    }

    /// The cached attempt if `accessHash` opens it, loading it from the database when it is not cached or
    /// the cached secret differs (a login elsewhere); nil when the secret does not open it.
    func admitted(_ attemptID: UUID, accessHash: String) async throws -> AttemptCache.Entry? {
        if let entry = cache.entry(attemptID), entry.accessHash == accessHash { return entry }
        guard let entry = try await load(attemptID) else { return nil }
        return entry.accessHash == accessHash ? entry : nil
    }

    /// Reads the attempt with its participant into the cache.
    @discardableResult
    func load(_ attemptID: UUID) async throws -> AttemptCache.Entry? {
        let db = database.db
        guard let record = try await AttemptRecord.query(on: db).filter(\.$id == attemptID)
            .with(\.$enrolment, { $0.with(\.$session).with(\.$employee) }).first() else {
            cache.remove(attemptID)
            return nil
        }
        let (attempt, stateOnly) = try await AttemptStore.attemptAndStateOnlyAnswers(record, on: db)
        let entry = AttemptCache.Entry(attempt: attempt, revision: record.revision, accessHash: record.accessHash,
                                       stateOnlyAnswers: stateOnly, nip: record.enrolment.employee.nip,
                                       instansiID: record.enrolment.session.$instansi.id)
        return cache.store(attemptID, entry)
    }

    // MARK: - Staff, sweep, scoring


    /// Applies `change` to the attempt and records `event` (when not nil) in the same transaction.
    func apply<T: Sendable>(
        _ attemptID: UUID, actor: String, event: String?, data: [String: String] = [:], contact: Bool = false,
        outcome: @escaping @Sendable (T) -> String? = { _ in nil },
        _ change: @escaping @Sendable (inout Attempt, Double, DeliveryBank) throws -> T
    ) async throws -> (T, Attempt, DeliveryBank) {
        let bank = try await bank.deliveryBank()
        defer { cache.remove(attemptID) }
        for _ in 0..<8 {
            let now = clock.now()
            let result: (T, Attempt)? = try await database.transaction { db in
                guard let record = try await AttemptRecord.find(attemptID, on: db) else { throw Failure.notFound }
                let before = try await AttemptStore.attempt(record, on: db)
                var attempt = before
                let value = try change(&attempt, now, bank)
                attempt.finishIfDone(at: now)
                let revision = record.revision
                if attempt != before || contact {
                    // The answer sequence is part of the check: a save committed since the read (it does not
                    // change the revision) sends this request round again, so that a score never misses it.
                    let updated = try await (db as! any SQLDatabase).update(AttemptRecord.schema)
                        .set("status", to: attempt.status.rawValue)
                        .set("revision", to: revision + 1)
                        .set("last_contact", to: contact ? now : record.lastContact)
                        .where("id", .equal, attemptID)
                        .where("revision", .equal, revision)
                        .where("last_sequence", .equal, record.lastSequence)
                        .returning("id")
                        .all()
                    if updated.isEmpty { return nil }
                    if attempt != before {
                        try await AttemptStateRecord.write(attemptID, attempt: attempt, on: db)
                    }
                }
                let (events, newlyGiven) = Self.consequences(
                    before: before, after: attempt, structural: !before.sameStructure(as: attempt), actor: actor,
                    event: event, data: data, outcome: outcome(value), bank: bank)
                try await Self.freeze(newlyGiven, on: db)
                for event in events {
                    try await Self.log(attemptID, type: event.type, actor: event.actor, at: now, dataJSON: event.data, on: db)
                }
                if before.status != attempt.status && (attempt.status == .finished || attempt.status == .terminated) {
                    try await Self.log(attemptID, type: attempt.status.rawValue, actor: actor, at: now, data: [:], on: db)
                    try await ResultService.record(attempt, attemptID: attemptID, bank: bank, at: now, on: db)
                }
                return (value, attempt)
            }
            if let result { return (result.0, result.1, bank) }
        }
        throw Failure.conflict
    }

    /// Finishes, and so scores, every attempt in progress whose last section's time has run out while
    /// no request came from its browser. Returns how many it closed. The server runs it every 30 s.
    ///
    /// Whether time ran out is in the clocks, which are part of the attempt's structure: every state is
    /// stored with the time its sections run out if nothing changes it (`closes_at`, `Attempt.closesAt`),
    /// and the sweep asks for the attempts in progress whose time is past. It decodes no state (it used to
    /// decode every one a server did not hold in its cache, every 30 s). `apply` decides again in its own
    /// transaction, from the stored attempt, so a close is never early.
    @discardableResult
    func closeExpired() async throws -> Int {
        let states = AttemptStateRecord.schema, attempts = AttemptRecord.schema
        let due = try await database.sql.select().column(SQLColumn("id", table: attempts)).from(attempts)
            .join(states, on: SQLColumn("attempt_id", table: states), .equal, SQLColumn("id", table: attempts))
            .where(SQLColumn("status", table: attempts), .equal, SQLBind(Attempt.Status.inProgress.rawValue))
            .where(SQLColumn("closes_at", table: states), .lessThanOrEqual, SQLBind(clock.now()))
            .all()
        var closed = 0
        for row in due {
            let id = try row.decode(column: "id", as: UUID.self)
            let (_, after, _) = try await apply(id, actor: "sistem", event: nil) { _, _, _ in () }
            if after.status == .finished { closed += 1 }
        }
        return closed
    }

    /// The attempt as it stands, without changing it.
    func read(_ attemptID: UUID) async throws -> (Attempt, AttemptRecord) {
        guard let record = try await AttemptRecord.find(attemptID, on: database.db) else { throw Failure.notFound }
        return (try await AttemptStore.attempt(record, on: database.db), record)
    }

    /// An item version given to anyone is frozen: later edits make a new version. (The group commit writes
    /// the same statement in its batch.)
    static func freeze(_ given: [(key: String, version: Int)], on db: any Database) async throws {
        for item in given {
            try await TestItemRecord.freeze(key: item.key, version: item.version, on: db as! any SQLDatabase).run()
        }
    }

    static func log(_ attemptID: UUID, type: String, actor: String, at: Double, data: [String: String],
                    on db: any Database) async throws {
        try await log(attemptID, type: type, actor: actor, at: at, dataJSON: JSONText.object(data), on: db)
    }

    static func log(_ attemptID: UUID, type: String, actor: String, at: Double, dataJSON: String,
                    on db: any Database) async throws {
        let event = AttemptEvent()
        event.$attempt.id = attemptID
        event.type = type
        event.at = at
        event.actor = actor
        event.data = dataJSON
        try await event.create(on: db)
    }
}

/// What a participant's request turned out to need, decided under the cache's lock.
private enum ParticipantPlan<T: Sendable>: Sendable {
    /// A guarded write through the group commit, with the request's value and the attempt after it.
    case write(AttemptWriter.Write, T, Attempt)
    /// The request finishes the attempt: it is applied again in a transaction that also scores it.
    case finishing
}
