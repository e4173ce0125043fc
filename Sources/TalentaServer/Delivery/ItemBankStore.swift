import FluentKit
import Foundation
import TestDelivery

/// The item bank in the database, and the delivery view of it that attempts use.
actor ItemBankStore {
    let database: TalentaDatabase
    private var cached: DeliveryBank?

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
        if added > 0 { cached = nil }
        return added
    }

    /// The active items, arranged for delivery (cached until the bank changes).
    func deliveryBank() async throws -> DeliveryBank {
        if let cached { return cached }
        let decoder = JSONDecoder()
        let items = try await TestItemRecord.query(on: database.db).filter(\.$status == "active").all()
            .map { try decoder.decode(TestItem.self, from: Data($0.body.utf8)) }
        let bank = try DeliveryBank(items: items)
        cached = bank
        return bank
    }

    func invalidate() { cached = nil }
}
