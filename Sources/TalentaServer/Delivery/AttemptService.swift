import FluentKit
import Foundation
import SQLKit
import TestDelivery

/// Loads an attempt, applies one request to it at the server's time, stores it, and logs the event.
///
/// Concurrent requests on one attempt are serialised by an optimistic revision check: the update only
/// succeeds when the revision is the one that was read, otherwise the request is re-applied to the fresh
/// state. An answer is acknowledged only after its transaction has committed.
struct AttemptService: Sendable {
    let database: TalentaDatabase
    let bank: ItemBankStore
    let clock: any ServerClock

    enum Failure: Error, Equatable {
        case notFound
        case conflict
    }

    /// Applies `change` to the attempt and records `event` (when not nil) in the same transaction.
    func apply<T: Sendable>(
        _ attemptID: UUID, actor: String, event: String?, data: [String: String] = [:], contact: Bool = false,
        outcome: @escaping @Sendable (T) -> String? = { _ in nil },
        _ change: @escaping @Sendable (inout Attempt, Double, DeliveryBank) throws -> T
    ) async throws -> (T, Attempt, DeliveryBank) {
        let bank = try await bank.deliveryBank()
        for _ in 0..<8 {
            let now = clock.now()
            let result: (T, Attempt)? = try await database.db.transaction { db in
                guard let record = try await AttemptRecord.find(attemptID, on: db) else { throw Failure.notFound }
                var attempt = try JSONDecoder().decode(Attempt.self, from: Data(record.state.utf8))
                let given = Set(attempt.sections.flatMap(\.items))
                let statusBefore = attempt.status
                let value = try change(&attempt, now, bank)
                let newlyGiven = Set(attempt.sections.flatMap(\.items)).subtracting(given)
                attempt.finishIfDone(at: now)
                let encoded = String(decoding: try JSONEncoder().encode(attempt), as: UTF8.self)
                let revision = record.revision
                if encoded != record.state || contact {
                    let updated = try await (db as! any SQLDatabase).update(AttemptRecord.schema)
                        .set("state", to: encoded)
                        .set("status", to: attempt.status.rawValue)
                        .set("revision", to: revision + 1)
                        .set("last_contact", to: contact ? now : record.lastContact)
                        .where("id", .equal, attemptID)
                        .where("revision", .equal, revision)
                        .returning("id")
                        .all()
                    if updated.isEmpty { return nil }
                }
                try await Self.freeze(newlyGiven, bank: bank, on: db)
                if statusBefore == .notStarted && attempt.status == .inProgress {
                    try await Self.log(attemptID, type: "started", actor: actor, at: now, data: [:], on: db)
                }
                if let event {
                    var data = data
                    if let result = outcome(value) { data["outcome"] = result }
                    try await Self.log(attemptID, type: event, actor: actor, at: now, data: data, on: db)
                }
                if statusBefore != attempt.status && (attempt.status == .finished || attempt.status == .terminated) {
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
    @discardableResult
    func closeExpired() async throws -> Int {
        let open = try await AttemptRecord.query(on: database.db).filter(\.$status == Attempt.Status.inProgress.rawValue).all()
        var closed = 0
        for record in open {
            let attempt = try JSONDecoder().decode(Attempt.self, from: Data(record.state.utf8))
            guard attempt.currentSectionIndex(at: clock.now()) == nil else { continue }
            let (_, after, _) = try await apply(try record.requireID(), actor: "sistem", event: nil) { _, _, _ in () }
            if after.status == .finished { closed += 1 }
        }
        return closed
    }

    /// The attempt as it stands, without changing it.
    func read(_ attemptID: UUID) async throws -> (Attempt, AttemptRecord) {
        guard let record = try await AttemptRecord.find(attemptID, on: database.db) else { throw Failure.notFound }
        return (try JSONDecoder().decode(Attempt.self, from: Data(record.state.utf8)), record)
    }

    /// An item version given to anyone is frozen: later edits make a new version.
    static func freeze(_ keys: some Sequence<String>, bank: DeliveryBank, on db: any Database) async throws {
        for key in keys {
            guard let version = bank.items[key]?.version else { continue }
            try await TestItemRecord.query(on: db).filter(\.$key == key).filter(\.$version == version)
                .filter(\.$used == false).set(\.$used, to: true).update()
        }
    }

    static func log(_ attemptID: UUID, type: String, actor: String, at: Double, data: [String: String],
                    on db: any Database) async throws {
        let event = AttemptEvent()
        event.$attempt.id = attemptID
        event.type = type
        event.at = at
        event.actor = actor
        event.data = String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
        try await event.create(on: db)
    }
}
