import FluentKit

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
}
