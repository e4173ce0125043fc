import FluentKit
import Foundation
import Synchronization
import TestDelivery

/// The item bank in the database, and the delivery view of it that attempts use.
///
/// Every participant's request asks for the delivery bank, so the cached one is read under a lock rather than
/// through an actor, whose executor each request would have to hop to and back from.
final class ItemBankStore: Sendable {
    let database: TalentaDatabase
    private struct Cache {
        var bank: DeliveryBank?
        /// Raised by every change of the bank, so that a load that began before a change is not kept after it.
        var generation = 0
    }
    private let cache = Mutex(Cache())

    init(database: TalentaDatabase) {
        self.database = database
    }

    /// Adds every demo item whose key and version are not stored yet. Idempotent.
    @discardableResult
    func seedDemoBank() async throws -> Int {
        let db = database.db
        let existing = Set(try await TestItemRecord.query(on: db).all().map { "\($0.key)#\($0.version)" })
        var added = 0
        for item in try DemoBank.items() where !existing.contains("\(item.key)#\(item.version)") {
            try await TestItemRecord(item).create(on: db)
            added += 1
        }
        if added > 0 { invalidate() }
        return added
    }

    /// The active items, arranged for delivery (cached until the bank changes).
    func deliveryBank() async throws -> DeliveryBank {
        let (cached, generation) = cache.withLock { ($0.bank, $0.generation) }
        if let cached { return cached }
        let decoder = JSONDecoder()
        let items = try await TestItemRecord.query(on: database.db).filter(\.$status == "active").all()
            .map { try decoder.decode(TestItem.self, from: Data($0.body.utf8)) }
        let bank = try DeliveryBank(items: items)
        cache.withLock { if $0.generation == generation { $0.bank = bank } }
        return bank
    }

    func invalidate() {
        cache.withLock {
            $0.bank = nil
            $0.generation += 1
        }
    }
}
