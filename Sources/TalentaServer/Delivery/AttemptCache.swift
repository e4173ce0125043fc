import Foundation
import Synchronization
import TestDelivery

/// This server's copy of the attempts its participants are working on, so that a save is checked against
/// memory instead of reading and decoding the attempt again.
///
/// The copy is never trusted for what is stored: every write `AttemptWriter` makes is guarded by the
/// attempt's revision (changed by any structural write, from any server), the browser's access hash (changed
/// by a new login, on any server) and the highest answer sequence (raised by any server's saves). A write
/// whose guard fails means this copy fell behind: the entry is dropped, reloaded and the request re-applied.
final class AttemptCache: Sendable {
    struct Entry: Sendable {
        var attempt: Attempt
        var revision: Int
        var accessHash: String
        /// The participant's NIP and instansi, for the gate.
        let nip: String
        let instansiID: UUID?
    }

    private let entries = Mutex<[UUID: Entry]>([:])
    /// Entries kept at most; beyond that the cache starts over (reloading is always correct).
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    func entry(_ id: UUID) -> Entry? {
        entries.withLock { $0[id] }
    }

    func store(_ id: UUID, _ entry: Entry) {
        entries.withLock { entries in
            if entries.count >= capacity, entries[id] == nil { entries.removeAll(keepingCapacity: true) }
            entries[id] = entry
        }
    }

    func remove(_ id: UUID) {
        _ = entries.withLock { $0.removeValue(forKey: id) }
    }

    /// Runs `body` on the entry under the lock, so that requests on one attempt apply one at a time.
    func update<R: Sendable>(_ id: UUID, _ body: (inout Entry) throws -> R) throws -> R? {
        try entries.withLock { entries throws -> R? in
            guard var entry = entries[id] else { return nil }
            let result = try body(&entry)
            entries[id] = entry
            return result
        }
    }

    /// Attempts in progress in this server's memory (for `/metrics`).
    var inProgress: Int {
        entries.withLock { $0.values.count { $0.attempt.status == .inProgress } }
    }
}
