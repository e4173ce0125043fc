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
        /// How many requests this server has applied to the entry: a request applies to a snapshot and
        /// swaps its result in only if no other did meanwhile.
        var changes = 0
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

    /// Replaces the entry's attempt with `attempt` (applied to the snapshot taken after `changes` changes),
    /// raising its revision for a structural change; false, changing nothing, when another request's change
    /// came first or the entry was dropped.
    func replace(_ id: UUID, ifChanges changes: Int, with attempt: Attempt, structural: Bool) -> Bool {
        entries.withLock { entries in
            guard var entry = entries[id], entry.changes == changes else { return false }
            entry.attempt = attempt
            entry.changes += 1
            if structural { entry.revision += 1 }
            entries[id] = entry
            return true
        }
    }
}
