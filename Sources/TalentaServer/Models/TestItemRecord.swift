import FluentKit
import Foundation
import SQLKit
import TestDelivery

/// One version of an item in the bank, its body the item's JSON (items are secret: never shown outside
/// the server except through the assessors' export).
final class TestItemRecord: Model, @unchecked Sendable {
    static let schema = "test_items"

    @ID var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "version") var version: Int
    @Field(key: "status") var status: String
    @Field(key: "section") var section: String
    @Field(key: "area") var area: String
    @Field(key: "body") var body: String
    /// Set once any attempt has been given this version; a used version is never edited in place.
    @Field(key: "used") var used: Bool

    init() {}

    /// A new row for `item`, its body the item's JSON with sorted keys.
    convenience init(_ item: TestItem) throws {
        self.init()
        key = item.key
        version = item.version
        used = false
        try setBody(item)
    }

    /// Replaces the stored item (only for a version no attempt has used).
    func setBody(_ item: TestItem) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        status = item.status.rawValue
        section = item.section.rawValue
        area = item.area
        body = String(decoding: try encoder.encode(item), as: UTF8.self)
    }

    /// Marks a version as used, once an attempt has been given it: later edits make a new version. The one
    /// statement for it, on every path (`AttemptWriter`, `AttemptService.apply` and `.freeze`).
    static func freeze(key: String, version: Int, on sql: any SQLDatabase) -> SQLUpdateBuilder {
        sql.update(schema).set("used", to: true)
            .where("key", .equal, key).where("version", .equal, version).where("used", .equal, false)
    }
}
