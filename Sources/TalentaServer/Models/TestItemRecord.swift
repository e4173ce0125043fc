import FluentKit
import Foundation
import TestDelivery

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
}
