import FluentKit
import Foundation
import SQLKit

/// The append-only audit log: every event that matters for security or results (sign-ins, imports, item
/// changes, scoring, releases, placement decisions and overrides, proctor actions, national searches),
/// each entry chained to the one before it by SHA-256:
///
/// ```
/// hash(n) = SHA-256( hash(n − 1) + "\n" + canonical JSON {action, actor, at, detail, instansi, seq, subject} )
/// hash(0) = 64 zeros
/// ```
/// A one-row head (`audit_head`) holds the last sequence number and hash. An append first bumps the head's
/// sequence number inside its transaction, which takes the head's row lock (PostgreSQL) or the write lock
/// (SQLite), so appends from any number of app instances form one chain. `verify()` walks the chain and
/// names the first entry where it breaks: an edited entry, a missing one, rows reordered or inserted, or
/// entries cut from the end (the head no longer matches).
struct AuditLog: Sendable {
    let database: TalentaDatabase
    let clock: any ServerClock

    static let genesis = String(repeating: "0", count: 64)
    static let headName = "chain"

    /// Appends an event by the current principal (or `actor`), in `db`'s transaction when given one.
    func record(_ action: String, subject: String = "", detail: [String: String] = [:], instansiID: UUID? = nil,
                actor: String? = nil, on db: (any Database)? = nil) async throws {
        try await Self.append(action, subject: subject, detail: detail, instansiID: instansiID,
                              actor: actor ?? Principal.actorName, at: clock.now(), on: db ?? database.db)
    }

    /// Appends one entry. Outside a caller's transaction, appends of this process first queue in memory
    /// (`queue`), so waiting appends hold no database connection; inside one, the head's lock orders them.
    static func append(_ action: String, subject: String, detail: [String: String], instansiID: UUID?, actor: String,
                       at time: Double, on db: any Database) async throws {
        let detailJSON = try ResultService.canonical(detail)
        if db.inTransaction {
            try await write(action, subject: subject, detailJSON: detailJSON, instansiID: instansiID, actor: actor, at: time, on: db)
        } else {
            await queue.acquire()
            do {
                try await write(action, subject: subject, detailJSON: detailJSON, instansiID: instansiID, actor: actor, at: time, on: db)
                await queue.release()
            } catch {
                await queue.release()
                throw error
            }
        }
    }

    static let queue = SerialQueue()

    private static func write(_ action: String, subject: String, detailJSON: String, instansiID: UUID?, actor: String,
                              at time: Double, on db: any Database) async throws {
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("UPDATE audit_head SET seq = seq + 1 WHERE name = \(bind: headName)").run()
            guard let head = try await AuditHead.query(on: tx).filter(\.$name == headName).first() else {
                throw AppError(.internalServerError, "the audit log has no head row", field: nil)
            }
            let entry = AuditEntry()
            entry.seq = head.seq
            entry.at = time
            entry.actor = actor
            entry.instansiID = instansiID
            entry.action = action
            entry.subject = subject
            entry.detail = detailJSON
            entry.prevHash = head.hash
            entry.hash = try entry.computedHash()
            try await entry.create(on: tx)
            head.hash = entry.hash
            try await head.save(on: tx)
        }
    }

    // MARK: - Verification

    struct Verification: Codable, Sendable, Equatable {
        /// Entries read.
        let entries: Int
        /// The head's sequence number and hash: publish these to anchor the log.
        let headSeq: Int
        let headHash: String
        /// The first entry where the chain breaks, and why; nil when the chain is intact.
        let brokenAt: Int?
        let reason: String?

        var intact: Bool { brokenAt == nil }
    }

    /// Walks the whole chain in order, a page at a time.
    func verify() async throws -> Verification {
        let db = database.db
        guard let head = try await AuditHead.query(on: db).filter(\.$name == Self.headName).first() else {
            return Verification(entries: 0, headSeq: 0, headHash: "", brokenAt: 0, reason: "the audit log's head row is missing")
        }
        func broken(_ seq: Int, _ reason: String, read: Int) -> Verification {
            Verification(entries: read, headSeq: head.seq, headHash: head.hash, brokenAt: seq, reason: reason)
        }
        var expected = 1, previous = Self.genesis, read = 0
        var after = 0
        while true {
            let page = try await AuditEntry.query(on: db).filter(\.$seq > after).sort(\.$seq).limit(5_000).all()
            if page.isEmpty { break }
            for entry in page {
                read += 1
                if entry.seq > expected {
                    return broken(expected, "entry \(expected) is missing (deleted): the next entry is \(entry.seq)", read: read)
                }
                if entry.seq < expected {
                    return broken(entry.seq, "entry \(entry.seq) appears more than once", read: read)
                }
                guard entry.prevHash == previous else {
                    return broken(entry.seq, "entry \(entry.seq) (\(entry.action) by \(entry.actor)) does not follow entry \(entry.seq - 1): "
                                  + "rows were reordered, inserted or replaced", read: read)
                }
                guard try entry.computedHash() == entry.hash else {
                    return broken(entry.seq, "entry \(entry.seq) (\(entry.action) by \(entry.actor)) does not match its hash: it was edited",
                                  read: read)
                }
                previous = entry.hash
                expected += 1
            }
            after = page.last!.seq
        }
        if head.seq != expected - 1 {
            return broken(expected, "the log ends at entry \(expected - 1) but its head records \(head.seq) entries: "
                          + "the last entries were deleted", read: read)
        }
        if head.hash != previous {
            return broken(expected - 1, "the head's hash does not match entry \(expected - 1)", read: read)
        }
        return Verification(entries: read, headSeq: head.seq, headHash: head.hash, brokenAt: nil, reason: nil)
    }
}

/// `talenta verify`: checks the audit chain of the configured database.
public enum AuditAdmin {
    public static func verify(database: TalentaDatabase) async throws -> (intact: Bool, message: String) {
        let result = try await AuditLog(database: database, clock: LiveClock()).verify()
        if let seq = result.brokenAt {
            return (false, "audit chain BROKEN at entry \(seq): \(result.reason ?? "") (\(result.entries) entries read)")
        }
        return (true, "audit chain intact: \(result.entries) entries, head \(result.headSeq) SHA-256 \(result.headHash)")
    }
}

/// A first-come, first-served lock for async code: `acquire()` waits without blocking a thread.
actor SerialQueue {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
