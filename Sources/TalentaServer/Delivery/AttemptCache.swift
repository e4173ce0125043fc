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
        /// The answers (item → sequence) that only the stored state holds, not `attempt_answers`: a rewritten
        /// state keeps them and leaves out the rest (`AttemptStore.attemptAndStateOnlyAnswers`).
        var stateOnlyAnswers: [String: Int] = [:]
        /// The participant's NIP and instansi, for the gate.
        let nip: String
        let instansiID: UUID?
        /// How many requests this server has applied to the entry: a request applies to a snapshot and
        /// swaps its result in only if no other did meanwhile.
        var changes = 0
        /// Which load of the attempt this copy comes from (set by `store`): once one write planned from a
        /// copy is found stale, `AttemptWriter` refuses the other writes planned from that copy too.
        var epoch = 0
    }

    private struct Storage {
        var entries: [UUID: Entry] = [:]
        var epochs = 0
    }

    private let storage = Mutex(Storage())
    /// Entries kept at most; beyond that the cache starts over (reloading is always correct).
    let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    func entry(_ id: UUID) -> Entry? {
        storage.withLock { $0.entries[id] }
    }

    /// Stores a freshly loaded copy under a new epoch and returns it as stored.
    @discardableResult
    func store(_ id: UUID, _ entry: Entry) -> Entry {
        storage.withLock { storage in
            if storage.entries.count >= capacity, storage.entries[id] == nil {
                storage.entries.removeAll(keepingCapacity: true)
            }
            storage.epochs += 1
            var entry = entry
            entry.epoch = storage.epochs
            storage.entries[id] = entry
            return entry
        }
    }

    func remove(_ id: UUID) {
        _ = storage.withLock { $0.entries.removeValue(forKey: id) }
    }

    /// Replaces the entry's attempt with `attempt` (applied to the snapshot taken after `changes` changes),
    /// raising its revision for a structural change; false, changing nothing, when another request's change
    /// came first or the entry was dropped.
    func replace(_ id: UUID, ifChanges changes: Int, with attempt: Attempt, structural: Bool) -> Bool {
        storage.withLock { storage in
            // In place: copying the entry out and back retained and released each of its fields.
            guard let index = storage.entries.index(forKey: id), storage.entries.values[index].changes == changes else {
                return false
            }
            storage.entries.values[index].attempt = attempt
            storage.entries.values[index].changes += 1
            if structural { storage.entries.values[index].revision += 1 }
            return true
        }
    }
}
